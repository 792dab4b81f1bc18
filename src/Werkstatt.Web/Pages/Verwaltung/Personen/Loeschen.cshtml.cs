using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Networks;
using Werkstatt.Service.Privacy;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Verwaltung.Personen;

/// <summary>Erasing a person (DSGVO): the coordination confirms, the person is anonymised everywhere.</summary>
public sealed class LoeschenModel(ActorAccessor actors, PersonService people, PersonDataService data) : PageModel
{
    public Person Person { get; private set; } = null!;

    [BindProperty]
    [Range(typeof(bool), "true", "true", ErrorMessage = "Bitte bestätigen Sie die Löschung.")]
    [Display(Name = "Ich habe verstanden: Name, E-Mail-Adresse und Anmeldung werden endgültig entfernt.")]
    public bool Confirmed { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var name = Person.Name;
        var erased = await data.EraseAsync(await actors.RequireAsync(cancellationToken), new PersonId(id), cancellationToken);
        if (!erased.IsSuccess)
        {
            if (PageErrors.Refusal(this, erased.Error) is { } denied)
            {
                return denied;
            }

            ModelState.AddModelError(string.Empty, erased.Error.Message);
            return Page();
        }

        Notice = $"{name} wurde gelöscht (anonymisiert): {erased.Value.Logins} Anmeldung(en) entfernt, {erased.Value.MessagesDropped} ungesendete Nachricht(en) verworfen.";
        return Redirect("/Verwaltung/Personen");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        var person = await people.GetAsync(actor, new PersonId(id), cancellationToken);
        if (!person.IsSuccess)
        {
            return PageErrors.Refusal(this, person.Error) ?? NotFound();
        }

        Person = person.Value;
        return actor.Coordinates(Person.NetworkId) ? null : Forbid();
    }
}
