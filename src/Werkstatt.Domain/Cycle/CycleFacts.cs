namespace Werkstatt.Domain.Cycle;

/// <summary>
/// What the later steps of the cycle have produced so far, gathered by the service and handed to
/// <see cref="Werkstatt.BlockersFor"/>: the Werkstatt aggregate does not own topics, processes or assignments,
/// but its phase guards depend on them. <see cref="OpenSubmissions"/> counts the assigned (process, member) pairs whose
/// submission is neither approved nor excused.
/// </summary>
public sealed record CycleFacts(bool VotingClosed, int Processes, bool AssignmentConfirmed, int OpenSubmissions = 0)
{
    /// <summary>Nothing done yet: no closed vote, no process, no confirmed assignment.</summary>
    public static readonly CycleFacts None = new(false, 0, false);
}
