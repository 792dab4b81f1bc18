using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Voting.Rules;

namespace Werkstatt.Domain.Voting;

/// <summary>A topic proposed for one Werkstatt by a member's process manager or by the coordinator.</summary>
public sealed class Topic : AggregateRoot
{
    public const int TitleMaxLength = 150;
    public const int DescriptionMaxLength = 2000;
    public const int WhyNowMaxLength = 1000;
    public const int ByMaxLength = 200;

    private Topic()
    {
        Title = string.Empty;
        Description = string.Empty;
        WhyNow = string.Empty;
        ProposedBy = string.Empty;
    }

    public TopicId Id { get; private set; }

    public WerkstattId WerkstattId { get; private set; }

    /// <summary>The member the topic was proposed for; null for the coordinator's own topics.</summary>
    public MemberId? MemberId { get; private set; }

    /// <summary>Name of the person who proposed it.</summary>
    public string ProposedBy { get; private set; }

    public string Title { get; private set; }

    public string Description { get; private set; }

    /// <summary>Why the topic matters now ("warum jetzt").</summary>
    public string WhyNow { get; private set; }

    public TopicStatus Status { get; private set; }

    /// <summary>The topic this one was merged into.</summary>
    public TopicId? MergedInto { get; private set; }

    public DateTimeOffset ProposedAt { get; private set; }

    /// <summary>When it was merged or withdrawn, and by whom.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosedBy { get; private set; }

    public static Topic Propose(
        WerkstattId werkstattId, Phase phase, bool votingClosed, MemberId? memberId, bool byCoordinator, string by,
        string title, string description, string whyNow, DateTimeOffset now)
    {
        CheckRule(new TopicsAreProposedDuringTopicCollectionRule(phase, byCoordinator, votingClosed));
        return new Topic
        {
            Id = TopicId.New(),
            WerkstattId = werkstattId,
            MemberId = memberId,
            ProposedBy = Text.Required(by, ByMaxLength, nameof(ProposedBy), "Der Name"),
            Title = Text.Required(title, TitleMaxLength, nameof(Title), "Der Titel"),
            Description = Text.Required(description, DescriptionMaxLength, nameof(Description), "Die Beschreibung"),
            WhyNow = Text.Required(whyNow, WhyNowMaxLength, nameof(WhyNow), "Die Begründung „Warum jetzt?“"),
            Status = TopicStatus.Open,
            ProposedAt = now,
        };
    }

    /// <summary>Folds this topic into <paramref name="target"/>; the service moves the dots already given to it there.</summary>
    public void MergeInto(Topic target, Phase phase, bool votingClosed, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(target);
        CheckRule(new TopicsCannotChangeAfterTheVotingClosedRule(phase, votingClosed));
        CheckRule(new OnlyOpenTopicsCanBeMergedOrWithdrawnRule(Title, Status));
        CheckRule(new TopicsMergeIntoAnotherOpenTopicOfTheSameWerkstattRule(this, target));
        Status = TopicStatus.Merged;
        MergedInto = target.Id;
        ClosedAt = now;
        ClosedBy = by;
    }

    /// <summary>Takes the topic off the ballot; the service releases the dots already given to it.</summary>
    public void Withdraw(Phase phase, bool votingClosed, DateTimeOffset now, string by)
    {
        CheckRule(new TopicsCannotChangeAfterTheVotingClosedRule(phase, votingClosed));
        CheckRule(new OnlyOpenTopicsCanBeMergedOrWithdrawnRule(Title, Status));
        Status = TopicStatus.Withdrawn;
        ClosedAt = now;
        ClosedBy = by;
    }
}
