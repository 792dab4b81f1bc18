using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Common;
using Werkstatt.Service.Invitations;
using Werkstatt.Service.Progress;
using Werkstatt.Service.Werkstaetten;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>One Werkstatt: phases, dates with calendar flags, history; coordinators move it on or cancel it.</summary>
public sealed class DetailsModel(ActorAccessor actors, WerkstattService werkstaetten, TimelineService timelines, InvitationService invitations) : PageModel
{
    public const string MoveForm = "Move";
    public const string CancelForm = "Cancel";

    public WerkstattView View { get; private set; } = null!;

    public bool CanChange { get; private set; }

    /// <summary>How the invitations go out; with Microsoft 365 and Teams it carries the join link.</summary>
    public DeliveryView? Delivery { get; private set; }

    public WerkstattTimeline Timeline { get; private set; } = null!;

    /// <summary>Which form was posted and failed, so its errors appear above it and nowhere else.</summary>
    public string? FailedForm { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    [BindProperty]
    public Phase? Target { get; set; }

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public string? CancellationReason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (id == Guid.Empty)
        {
            return NotFound();
        }

        var actor = await actors.RequireAsync(cancellationToken);
        var result = await werkstaetten.GetAsync(actor, new WerkstattId(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        await ShowAsync(actor, result.Value, cancellationToken);
        Target = result.Value.NextPhase;
        Version = result.Value.Werkstatt.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (id == Guid.Empty || Target is null)
        {
            return id == Guid.Empty ? NotFound() : BadRequest();
        }

        var actor = await actors.RequireAsync(cancellationToken);
        var result = await werkstaetten.MoveAsync(actor, new WerkstattId(id), Target.Value, Version, cancellationToken);
        if (result.IsSuccess)
        {
            Notice = $"Die Werkstatt ist jetzt in der Phase „{result.Value.Werkstatt.Phase.GermanName()}“.";
            return Redirect($"/Werkstaetten/{id}");
        }

        return await FailedAsync(actor, id, MoveForm, result.Error, cancellationToken);
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken)
    {
        if (id == Guid.Empty)
        {
            return NotFound();
        }

        var actor = await actors.RequireAsync(cancellationToken);
        var result = await werkstaetten.CancelAsync(actor, new WerkstattId(id), CancellationReason ?? string.Empty, Version, cancellationToken);
        if (result.IsSuccess)
        {
            Notice = "Die Werkstatt ist abgesagt.";
            return Redirect($"/Werkstaetten/{id}");
        }

        return await FailedAsync(actor, id, CancelForm, result.Error, cancellationToken);
    }

    // The posted values stay in ModelState, so both forms show what the user sent; the rest of the page is reloaded.
    private async Task<IActionResult> FailedAsync(Actor actor, Guid id, string form, Error error, CancellationToken cancellationToken)
    {
        if (PageErrors.Refusal(this, error) is { } refusal)
        {
            return refusal;
        }

        var current = await werkstaetten.GetAsync(actor, new WerkstattId(id), cancellationToken);
        if (!current.IsSuccess)
        {
            return PageErrors.Refusal(this, current.Error) ?? NotFound();
        }

        await ShowAsync(actor, current.Value, cancellationToken);
        FailedForm = form;
        PageErrors.AddTo<DetailsModel>(ModelState, error, prefix: string.Empty);
        return Page();
    }

    private async Task ShowAsync(Actor actor, WerkstattView view, CancellationToken cancellationToken)
    {
        View = view;
        CanChange = actor.Coordinates(view.Werkstatt.NetworkId);
        // The view's cycle facts and Werkstatt were read in this request; the timeline and the delivery use them as they are.
        var timeline = await timelines.ForAsync(actor, view.Werkstatt, view.Facts, cancellationToken);
        Timeline = timeline.IsSuccess ? timeline.Value : new WerkstattTimeline(DateTimeOffset.MinValue, [], null, []);
        Delivery = (await invitations.DeliveryAsync(actor, view.Werkstatt, cancellationToken)).Value;
    }
}
