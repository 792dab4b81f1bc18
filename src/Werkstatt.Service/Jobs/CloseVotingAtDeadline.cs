using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Common;
using Werkstatt.Service.Voting;
using Werkstatt.Service.Werkstaetten;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Jobs;

/// <summary>
/// At the voting deadline the vote is closed (ranked, ties marked, immutable) and the Werkstatt moves from Voting to
/// process selection. Both steps are idempotent, so a job that fires twice or is retried does no harm.
/// </summary>
public sealed class CloseVotingAtDeadline(VotingService voting, WerkstattService werkstaetten, TimeProvider time) : IDeadlineAction
{
    public async Task<string> RunAsync(WerkstattAggregate werkstatt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(werkstatt);
        if (werkstatt.Phase == Phase.Voting && time.GetUtcNow() >= werkstatt.Schedule.VotingCloses)
        {
            var view = await voting.GetAsync(Actor.System, werkstatt.Id, cancellationToken);
            if (view.IsSuccess && !view.Value.Round.IsClosed)
            {
                var closed = await voting.CloseAsync(Actor.System, werkstatt.Id, version: null, cancellationToken);
                if (!closed.IsSuccess)
                {
                    throw new InvalidOperationException(closed.Error.Message);
                }
            }
        }

        var result = await werkstaetten.CloseVotingAtDeadlineAsync(werkstatt.Id, cancellationToken);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException(result.Error.Message);
        }

        return result.Value;
    }
}
