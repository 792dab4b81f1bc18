using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Service.Calendar.Feed;
using Werkstatt.Service.Hosting;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Einstellungen;

/// <summary>The person's private calendar subscription: create (or replace) the feed address, or switch it off.</summary>
public sealed class KalenderModel(ActorAccessor actors, CalendarFeedService feeds, Microsoft.Extensions.Options.IOptions<AppOptions> app) : PageModel
{
    public DateTimeOffset? CreatedAt { get; private set; }

    /// <summary>The address, shown once right after it was created (only its hash is stored).</summary>
    [TempData]
    public string? NewFeedUrl { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await feeds.StatusAsync(await actors.RequireAsync(cancellationToken), cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        CreatedAt = result.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostRegenerateAsync(CancellationToken cancellationToken)
    {
        var result = await feeds.RegenerateAsync(await actors.RequireAsync(cancellationToken), cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        NewFeedUrl = app.Value.Link($"{CalendarFeedService.PathPrefix}{result.Value}.ics");
        return Redirect("/Einstellungen/Kalender");
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken cancellationToken)
    {
        var result = await feeds.RevokeAsync(await actors.RequireAsync(cancellationToken), cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        Notice = "Ihr Kalender-Abo ist abgeschaltet; die bisherige Adresse liefert nichts mehr.";
        return Redirect("/Einstellungen/Kalender");
    }
}
