using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Common;
using Werkstatt.Service.Voting;
using Werkstatt.Service.Werkstaetten;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>The closed result of the vote: ranking with a tie at the cut marked, and who voted for what.</summary>
public sealed class ErgebnisModel(ActorAccessor actors, WerkstattService werkstaetten, VotingService voting) : PageModel
{
    public WerkstattView Werkstatt { get; private set; } = null!;

    /// <summary>Null while the vote is open.</summary>
    public VotingRound? Result { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public bool Tie => Result?.Ranking.Any(r => r.Outcome == TopicOutcome.TiedAtCut) == true;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (id == Guid.Empty)
        {
            return NotFound();
        }

        var actor = await actors.RequireAsync(cancellationToken);
        var werkstatt = await werkstaetten.GetAsync(actor, new WerkstattId(id), cancellationToken);
        if (!werkstatt.IsSuccess)
        {
            return PageErrors.Refusal(this, werkstatt.Error) ?? NotFound();
        }

        Werkstatt = werkstatt.Value;
        var result = await voting.ResultAsync(actor, new WerkstattId(id), cancellationToken);
        if (!result.IsSuccess && result.Error.Kind != ErrorKind.Rule)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        Result = result.IsSuccess ? result.Value : null;
        return Page();
    }
}
