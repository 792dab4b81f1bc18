using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Invitations;
using Werkstatt.Service.Common;
using Werkstatt.Service.Invitations;
using Werkstatt.Service.Werkstaetten;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>Change title, every date and the place of a Werkstatt (coordinators).</summary>
public sealed class BearbeitenModel(ActorAccessor actors, WerkstattService werkstaetten, InvitationService invitations) : PageModel
{
    [BindProperty]
    public EditInput Input { get; set; } = new();

    public WerkstattView View { get; private set; } = null!;

    public DeliveryView Delivery { get; private set; } = null!;

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

    /// <summary>The invitations' way: iCalendar e-mail or Microsoft 365 (optionally Teams); only before the first sending.</summary>
    public async Task<IActionResult> OnPostDeliveryAsync(Guid id, CalendarDelivery delivery, bool teamsMeeting, int deliveryVersion, CancellationToken cancellationToken)
    {
        if (id == Guid.Empty)
        {
            return NotFound();
        }

        ModelState.Clear();
        var actor = await actors.RequireAsync(cancellationToken);
        var result = await invitations.ChooseDeliveryAsync(actor, new WerkstattId(id), delivery, teamsMeeting, deliveryVersion, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Notice"] = delivery == CalendarDelivery.Graph ? "Die Einladungen gehen über Microsoft 365." : "Die Einladungen gehen per E-Mail (iCalendar).";
            return Redirect($"/Werkstaetten/{id}");
        }

        if (PageErrors.Refusal(this, result.Error) is { } refused)
        {
            return refused;
        }

        var loaded = await LoadAsync(actor, id, cancellationToken);
        Input = EditInput.From(View);
        ModelState.AddModelError(string.Empty, result.Error!.Message);
        return loaded ?? Page();
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
        var delivery = await invitations.DeliveryAsync(actor, new WerkstattId(id), cancellationToken);
        Delivery = delivery.Value ?? DeliveryView.From(null, false);
        return null;
    }
}
