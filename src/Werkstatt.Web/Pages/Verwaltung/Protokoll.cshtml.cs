using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Audit;
using Werkstatt.Service.Networks;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Verwaltung;

/// <summary>The audit trail (Protokoll): coordinators see their network's entries, admins all; filtered and paged, exportable as CSV.</summary>
public sealed class ProtokollModel(ActorAccessor actors, AuditService audit, NetworkService networks, MemberService members) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "von")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "bis")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "verwaltung")]
    public Guid? MemberId { get; set; }

    [BindProperty(SupportsGet = true, Name = "art")]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "seite")]
    public int PageNumber { get; set; } = 1;

    public AuditPage Entries { get; private set; } = new([], 1, 0);

    public IReadOnlyDictionary<Guid, string> MemberNames { get; private set; } = new Dictionary<Guid, string>();

    public bool AllNetworks { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(PageNumber, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        return Page();
    }

    /// <summary>The same filter as CSV (semicolon-separated, UTF-8 with BOM for Excel), all matching entries.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var csv = new StringBuilder("Zeitpunkt;Person;Kennung;Art;Aktion;Verwaltung;Objekt;Beschreibung\r\n");
        for (var page = 1; ; page++)
        {
            if (await LoadAsync(page, cancellationToken) is { } refusal)
            {
                return refusal;
            }

            foreach (var e in Entries.Entries)
            {
                csv.AppendJoin(';', new[]
                {
                    BerlinTime.ToBerlin(e.At).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), e.ActorName, e.ActorId, e.Kind,
                    AuditKinds.GermanAction(e.Action), Member(e.MemberId), e.EntityId, e.Summary,
                }.Select(Quote)).Append("\r\n");
            }

            if (page >= Entries.PageCount)
            {
                break;
            }
        }

        await Werkstatt.Service.Common.SocketThreads.LeaveAsync();
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", "protokoll.csv");
    }

    public string Member(Guid? id) => id is { } m && MemberNames.TryGetValue(m, out var name) ? name : string.Empty;

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["von"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["bis"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["verwaltung"] = MemberId?.ToString(),
        ["art"] = Kind,
        ["seite"] = page.ToString(CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    private async Task<IActionResult?> LoadAsync(int page, CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        if (!actor.IsAdmin && !actor.Is(Role.Coordinator))
        {
            return Forbid();
        }

        AllNetworks = actor.IsAdmin;
        Guid? network = AllNetworks ? null : actor.NetworkId?.Value;
        if (await NetworkScope.ResolveAsync(actor, networks, cancellationToken) is { } scope
            && await members.ListAsync(actor, scope, cancellationToken) is { IsSuccess: true } list)
        {
            MemberNames = list.Value.ToDictionary(m => m.Id.Value, m => m.Name);
        }

        var result = await audit.ListAsync(actor, new AuditFilter(network, From, To, MemberId, string.IsNullOrEmpty(Kind) ? null : Kind, page), cancellationToken);
        if (!result.IsSuccess)
        {
            if (PageErrors.Refusal(this, result.Error) is { } refusal)
            {
                return refusal;
            }

            Problem = result.Error.Message;
            return null;
        }

        Entries = result.Value;
        return null;
    }

    private static string Quote(string value) =>
        value.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
