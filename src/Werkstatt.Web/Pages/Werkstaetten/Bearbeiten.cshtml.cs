using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Common;
using Werkstatt.Service.Werkstaetten;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>Change title, every date and the place of a Werkstatt (coordinators).</summary>
public sealed class BearbeitenModel(ActorAccessor actors, WerkstattService werkstaetten) : PageModel
{
    [BindProperty]
    public EditInput Input { get; set; } = new();

    public WerkstattView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        if (await LoadAsync(actor, id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Input = EditInput.From(View);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (id == Guid.Empty)
        {
            return NotFound();
        }

        var actor = await actors.RequireAsync(cancellationToken);
        if (ModelState.IsValid)
        {
            var result = await werkstaetten.UpdateAsync(actor, new WerkstattId(id), Input.ToCommand(), cancellationToken);
            if (result.IsSuccess)
            {
                TempData["Notice"] = "Die Änderungen sind gespeichert.";
                return Redirect($"/Werkstaetten/{id}");
            }

            if (PageErrors.Refusal(this, result.Error) is { } refused)
            {
                return refused;
            }

            PageErrors.AddTo<EditInput>(ModelState, result.Error);
        }

        // The form keeps what the user typed; title and flags above it come from the saved state.
        return await LoadAsync(actor, id, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        if (id == Guid.Empty)
        {
            return NotFound();
        }

        var result = await werkstaetten.GetAsync(actor, new WerkstattId(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        if (!actor.Coordinates(result.Value.Werkstatt.NetworkId))
        {
            return Forbid();
        }

        View = result.Value;
        return null;
    }
}
