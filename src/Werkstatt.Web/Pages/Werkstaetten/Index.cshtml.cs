using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Service.Networks;
using Werkstatt.Service.Werkstaetten;
using Werkstatt.Web.Security;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>All Werkstätten of the user's network, with the planning links for coordinators.</summary>
public sealed class IndexModel(ActorAccessor actors, NetworkService networks, WerkstattService werkstaetten) : PageModel
{
    public IReadOnlyList<WerkstattAggregate> Werkstaetten { get; private set; } = [];

    public bool CanPlan { get; private set; }

    public bool HasNetwork { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        if (await NetworkScope.ResolveAsync(actor, networks, cancellationToken) is not { } networkId)
        {
            return Page();
        }

        var result = await werkstaetten.ListAsync(actor, networkId, cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? Page();
        }

        HasNetwork = true;
        CanPlan = actor.Coordinates(networkId);
        Werkstaetten = result.Value;
        return Page();
    }
}
