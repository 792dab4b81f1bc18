using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Library;
using Werkstatt.Service.Networks;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Bibliothek;

/// <summary>The network's process library: search box and filters (a GET form, works without JavaScript), results.</summary>
public sealed class IndexModel(ActorAccessor actors, NetworkService networks, LibraryService library) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Thema { get; set; }

    [BindProperty(SupportsGet = true)]
    public MemberLevel? Ebene { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Leika { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Verwaltung { get; set; }

    [BindProperty(SupportsGet = true, Name = "werkstatt")]
    public Guid? WerkstattFilter { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Von { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Bis { get; set; }

    public bool HasNetwork { get; private set; }

    public bool Searched { get; private set; }

    public LibraryFilters Filters { get; private set; } = new([], [], []);

    public IReadOnlyList<LibraryHit> Hits { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        if (await NetworkScope.ResolveAsync(actor, networks, cancellationToken) is not { } networkId)
        {
            return Page();
        }

        HasNetwork = true;
        var filters = await library.FiltersAsync(actor, networkId, cancellationToken);
        if (!filters.IsSuccess)
        {
            return PageErrors.Refusal(this, filters.Error) ?? Page();
        }

        Filters = filters.Value;
        Searched = !string.IsNullOrWhiteSpace(Q) || Thema is not null || Ebene is not null || Leika is not null || Verwaltung is not null || WerkstattFilter is not null || Von is not null || Bis is not null;
        var result = await library.SearchAsync(actor, networkId, new LibraryQuery(Q, Thema, Ebene, Leika, Verwaltung, WerkstattFilter, Von, Bis, 100), cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddModelError(nameof(Q), result.Error.Message);
            return Page();
        }

        Hits = result.Value;
        return Page();
    }
}
