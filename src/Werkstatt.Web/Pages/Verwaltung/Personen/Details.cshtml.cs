using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Networks;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Verwaltung.Personen;

/// <summary>One person: editable for coordinators and the process managers of the person's member, read-only otherwise.</summary>
public sealed class DetailsModel(ActorAccessor actors, MemberService members, PersonService people) : PageModel
{
    [BindProperty]
    public PersonForm Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public Person Person { get; private set; } = null!;

    public string MemberName { get; private set; } = string.Empty;

    public IReadOnlyList<SelectListItem> MemberOptions { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        if (await LoadAsync(actor, id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Input = PersonForm.From(Person);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        if (id == Guid.Empty)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var result = await people.UpdateAsync(actor, new PersonId(id), Input.ToInput(), cancellationToken);
            if (result.IsSuccess)
            {
                Notice = "Die Angaben sind gespeichert.";
                return Redirect($"/Verwaltung/Personen/{id}");
            }

            if (PageErrors.Refusal(this, result.Error) is { } refusal)
            {
                return refusal;
            }

            PageErrors.AddTo<PersonForm>(ModelState, result.Error);
        }

        return await LoadAsync(actor, id, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        if (id == Guid.Empty)
        {
            return NotFound();
        }

        var result = await people.GetAsync(actor, new PersonId(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        Person = result.Value;
        var memberList = await members.ListAsync(actor, Person.NetworkId, cancellationToken);
        if (!memberList.IsSuccess)
        {
            return PageErrors.Refusal(this, memberList.Error) ?? NotFound();
        }

        MemberName = memberList.Value.FirstOrDefault(m => m.Id == Person.MemberId)?.Name ?? "– (Netzwerk)";
        MemberOptions = PersonChoices.Members(actor, Person.NetworkId, memberList.Value);
        CanEdit = PersonChoices.CanManage(actor, Person.NetworkId, Person.MemberId);
        return null;
    }
}
