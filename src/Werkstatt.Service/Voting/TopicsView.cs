using Werkstatt.Domain.Network;
using Werkstatt.Domain.Voting;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Voting;

/// <summary>The topics of a Werkstatt with the names of the members they were proposed for, and what the actor may do.</summary>
public sealed record TopicsView(
    WerkstattAggregate Werkstatt,
    IReadOnlyList<Topic> Topics,
    IReadOnlyDictionary<MemberId, string> MemberNames,
    bool VotingClosed,
    bool CanPropose,
    bool CanManage)
{
    public string ProposedFor(Topic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return topic.MemberId is { } member ? MemberNames.GetValueOrDefault(member, "Unbekannte Verwaltung") : "Koordination";
    }
}
