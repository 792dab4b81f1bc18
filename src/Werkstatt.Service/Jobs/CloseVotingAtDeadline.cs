using Werkstatt.Service.Werkstaetten;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Jobs;

/// <summary>At the voting deadline the Werkstatt moves from Voting to process selection.</summary>
public sealed class CloseVotingAtDeadline(WerkstattService werkstaetten) : IDeadlineAction
{
    public async Task<string> RunAsync(WerkstattAggregate werkstatt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(werkstatt);
        var result = await werkstaetten.CloseVotingAtDeadlineAsync(werkstatt.Id, cancellationToken);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException(result.Error.Message);
        }

        return result.Value;
    }
}
