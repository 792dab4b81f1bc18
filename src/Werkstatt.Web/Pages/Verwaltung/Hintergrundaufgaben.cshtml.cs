using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Jobs;
using Werkstatt.Service.Jobs.Dashboard;
using Werkstatt.Service.Networks;
using Werkstatt.Service.Notifications;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Verwaltung;

/// <summary>The background machinery (admins and coordinators): planned jobs, runs, failures, the outbox with resend, scheduler instances.</summary>
public sealed class HintergrundaufgabenModel(
    ActorAccessor actors,
    JobDashboardService dashboards,
    OutboxService outbox,
    ReminderSettingsService reminderSettings,
    NetworkService networks) : PageModel
{
    public JobDashboard Dashboard { get; private set; } = null!;

    [BindProperty]
    public ReminderSettingsInput Input { get; set; } = new();

    public bool CanEditSettings { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        if (await LoadAsync(actor, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (CanEditSettings && await ScopeAsync(actor, cancellationToken) is { } network)
        {
            Input = ReminderSettingsInput.From(await reminderSettings.ForAsync(network, cancellationToken));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostResendAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        var result = await outbox.ResendAsync(actor, id, cancellationToken);
        if (!result.IsSuccess)
        {
            if (PageErrors.Refusal(this, result.Error) is { } refusal)
            {
                return refusal;
            }

            Notice = result.Error.Message;
        }
        else
        {
            Notice = $"Die Nachricht an {result.Value.ToAddress} wird erneut gesendet.";
        }

        return Redirect("/Verwaltung/Hintergrundaufgaben");
    }

    public async Task<IActionResult> OnPostSettingsAsync(CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        if (await ScopeAsync(actor, cancellationToken) is not { } network)
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            var saved = await reminderSettings.SaveAsync(actor, network, Input.ToSettings(network.Value), cancellationToken);
            if (saved.IsSuccess)
            {
                Notice = "Die Erinnerungen sind gespeichert; offene Werkstätten werden neu geplant.";
                return Redirect("/Verwaltung/Hintergrundaufgaben");
            }

            if (PageErrors.Refusal(this, saved.Error) is { } refusal)
            {
                return refusal;
            }

            PageErrors.AddTo<ReminderSettingsInput>(ModelState, saved.Error);
        }

        return await LoadAsync(actor, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Actor actor, CancellationToken cancellationToken)
    {
        var result = await dashboards.GetAsync(actor, cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? Forbid();
        }

        Dashboard = result.Value;
        CanEditSettings = await ScopeAsync(actor, cancellationToken) is not null;
        return null;
    }

    private async Task<NetworkId?> ScopeAsync(Actor actor, CancellationToken cancellationToken) =>
        await NetworkScope.ResolveAsync(actor, networks, cancellationToken) is { } id && actor.Coordinates(id) ? id : null;
}
