using Werkstatt.Domain.Cycle;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Submissions;

/// <summary>Every assignment of a Werkstatt with its submission state, and what still holds the quality review back.</summary>
public sealed record SubmissionOverview(WerkstattAggregate Werkstatt, bool AssignmentConfirmed, IReadOnlyList<SubmissionRow> Rows, bool Reviews, bool Coordinates)
{
    public int Open => Rows.Count(r => r.Open);

    public bool Modelling => Werkstatt.Phase >= Phase.Modelling;
}
