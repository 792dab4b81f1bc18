using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Voting;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Processes;

/// <summary>The processes of a Werkstatt and the topics they may come from (selected or tied at the cut in the closed vote).</summary>
public sealed record ProcessesView(WerkstattAggregate Werkstatt, IReadOnlyList<Process> Processes, IReadOnlyList<RankedTopic> WinningTopics, bool VotingClosed, bool CanDerive)
{
    public string TopicTitle(TopicId topic) => WinningTopics.FirstOrDefault(t => t.TopicId == topic)?.Title ?? "–";
}
