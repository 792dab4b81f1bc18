using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Library;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Bibliothek;

/// <summary>One library entry: drawings with their text alternative, profiles, versions, re-use and downloads.</summary>
public sealed class EintragModel(ActorAccessor actors, LibraryService library, LibraryDownloads downloads) : PageModel
{
    public LibraryEntryView Entry { get; private set; } = null!;

    /// <summary>The drawing of every model of the latest version, by SHA-256.</summary>
    public Dictionary<string, LibraryDrawing> Drawings { get; } = [];

    /// <summary>The member the actor may record re-use for (their own), if any and not yet recorded for the latest version.</summary>
    public MemberId? ReuseMember { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        var result = await library.GetAsync(actor, id, cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        Entry = result.Value;
        var index = 0;
        foreach (var model in Entry.Latest.Models)
        {
            var drawing = await downloads.DrawingAsync(actor, id, model.Sha256, $"modell-{++index}", cancellationToken);
            if (drawing.IsSuccess)
            {
                Drawings[model.Sha256] = drawing.Value;
            }
        }

        if (actor.MemberId is { } member && actor.Is(Role.ProcessManager)
            && !Entry.Reuses.Any(r => r.MemberId == member.Value && r.VersionNumber == Entry.Latest.Number))
        {
            ReuseMember = member;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostNachnutzenAsync(Guid id, int version, CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        if (actor.MemberId is not { } member)
        {
            return PageErrors.Refusal(this, Error.Forbidden("Nur Prozessmanager:innen einer Verwaltung tragen eine Nachnutzung ein.")) ?? Forbid();
        }

        var result = await library.RecordReuseAsync(actor, id, member, version, cancellationToken);
        if (!result.IsSuccess)
        {
            var refusal = PageErrors.Refusal(this, result.Error);
            if (refusal is not null)
            {
                return refusal;
            }

            Message = result.Error.Message;
            return RedirectToPage(new { id });
        }

        Message = "Die Nachnutzung ist eingetragen. Danke!";
        return RedirectToPage(new { id });
    }
}
