using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Networks;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Verwaltung.Mitglieder;

/// <summary>One member: editable for coordinators and the member's own process managers, read-only for everyone else.</summary>
public sealed class DetailsModel(ActorAccessor actors, MemberService members) : PageModel
{
    [BindProperty]
    public MemberForm Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public Member Member { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        if (await LoadAsync(actor, id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Input = MemberForm.From(Member);
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
            var result = await members.UpdateAsync(actor, new MemberId(id), Input.ToInput(), cancellationToken);
            if (result.IsSuccess)
            {
                Notice = "Die Angaben sind gespeichert.";
                return Redirect($"/Verwaltung/Mitglieder/{id}");
            }

            if (PageErrors.Refusal(this, result.Error) is { } refusal)
            {
                return refusal;
            }

            PageErrors.AddTo<MemberForm>(ModelState, result.Error);
        }

        return await LoadAsync(actor, id, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        if (id == Guid.Empty)
        {
            return NotFound();
        }

        var result = await members.GetAsync(actor, new MemberId(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        Member = result.Value;
        CanEdit = actor.ManagesMember(Member.NetworkId, Member.Id);
        return null;
    }
}
