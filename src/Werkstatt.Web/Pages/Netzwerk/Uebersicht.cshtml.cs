using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Service.Networks;
using Werkstatt.Service.Overview;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Netzwerk;

/// <summary>The network at a glance; the assumptions of the estimate come from the query string (a GET form), nothing is stored.</summary>
public sealed class UebersichtModel(ActorAccessor actors, NetworkService networks, NetworkOverviewService overviews) : PageModel
{
    public NetworkOverview? Overview { get; private set; }

    public string? NoNetwork { get; private set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Jahr")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Stunden, um einen Prozess allein zu modellieren")]
    public int? HoursPerProcess { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Anteil der Prozesse, den eine Verwaltung übernimmt (Prozent)")]
    public int? ReuseShare { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        if (await NetworkScope.ResolveAsync(actor, networks, cancellationToken) is not { } networkId)
        {
            NoNetwork = NetworkScope.NoNetwork;
            return Page();
        }

        if (!ModelState.IsValid)
        {
            // Unreadable numbers: show the defaults beside the German messages.
            return await ShowAsync(actor, networkId, new OverviewQuery(), cancellationToken);
        }

        var result = await overviews.GetAsync(actor, networkId, new OverviewQuery(Year, HoursPerProcess, ReuseShare), cancellationToken);
        if (!result.IsSuccess)
        {
            if (PageErrors.Refusal(this, result.Error) is { } refusal)
            {
                return refusal;
            }

            PageErrors.AddTo<UebersichtModel>(ModelState, result.Error, prefix: string.Empty);
            return await ShowAsync(actor, networkId, new OverviewQuery(Year is >= 2000 and <= 2100 ? Year : null), cancellationToken);
        }

        Overview = result.Value;
        Fill();
        return Page();
    }

    private async Task<IActionResult> ShowAsync(Service.Common.Actor actor, Domain.Network.NetworkId networkId, OverviewQuery query, CancellationToken cancellationToken)
    {
        var result = await overviews.GetAsync(actor, networkId, query, cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        Overview = result.Value;
        return Page();
    }

    private void Fill()
    {
        Year = Overview!.Year;
        HoursPerProcess = (int)Math.Round(Overview.Savings.HoursPerProcess);
        ReuseShare = (int)Math.Round(Overview.Savings.ReuseShare * 100);
    }
}
