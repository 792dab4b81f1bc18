using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Domain.Voting.Rules;

/// <summary>Members propose topics during the topic collection; the coordinator may still add one while the vote is open.</summary>
public sealed class TopicsAreProposedDuringTopicCollectionRule(Phase phase, bool byCoordinator, bool votingClosed) : IBusinessRule
{
    public string Message => byCoordinator
        ? $"Themen können in der Themensammlung und, solange die Abstimmung offen ist, von der Koordination hinzugefügt werden – nicht in der Phase „{phase.GermanName()}“."
        : $"Themen können nur während der Themensammlung vorgeschlagen werden; die Werkstatt ist in der Phase „{phase.GermanName()}“.";

    public bool IsBroken() => !(phase == Phase.TopicCollection || (byCoordinator && phase == Phase.Voting && !votingClosed));
}
