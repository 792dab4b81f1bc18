using Werkstatt.Domain.Voting;
using Werkstatt.Service.Voting;

namespace Werkstatt.Web.Api.Dtos;

/// <summary>A proposed topic.</summary>
public sealed record TopicDto(
    Guid Id, Guid WerkstattId, Guid? MemberId, string? ProposedFor, string ProposedBy, string Title, string Description, string WhyNow,
    TopicStatus Status, string StatusName, Guid? MergedInto, DateTimeOffset ProposedAt, int Version)
{
    public static TopicDto From(Topic t, string? proposedFor)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(t.Id.Value, t.WerkstattId.Value, t.MemberId?.Value, proposedFor, t.ProposedBy, t.Title, t.Description, t.WhyNow, t.Status, t.Status.GermanName(), t.MergedInto?.Value, t.ProposedAt, t.Version);
    }
}

/// <summary>Propose a topic, for the own member (process managers) or as the coordinator.</summary>
public sealed record ProposeTopicDto(string? Title, string? Description, string? WhyNow, Guid? MemberId);

/// <summary>Merge a topic into another.</summary>
public sealed record MergeTopicDto(Guid Into, int? Version);

/// <summary>A change that only needs the version it is based on (withdraw, close, solve, confirm).</summary>
public sealed record VersionDto(int? Version);

/// <summary>The vote of a Werkstatt: rules, open topics (votes only once shown or closed), who has not voted (coordinator only).</summary>
public sealed record VotingDto(
    Guid WerkstattId, int Budget, int MaxPerTopic, int Winners, bool CountsVisible, bool Closed, DateTimeOffset? ClosedAt,
    IReadOnlyList<VotingTopicDto> Topics, IReadOnlyList<MemberRefDto>? NotVoted, int Voted, int Members, int Version)
{
    public static VotingDto From(VotingView v)
    {
        ArgumentNullException.ThrowIfNull(v);
        var r = v.Round;
        return new(
            v.Werkstatt.Id.Value, r.Settings.Budget, r.Settings.MaxPerTopic, r.Settings.Winners, r.CountsVisible, r.IsClosed, r.ClosedAt,
            v.Topics.Select(t => new VotingTopicDto(t.Id.Value, t.Title, v.Counts?.GetValueOrDefault(t.Id))).ToList(),
            v.NotVoted?.Select(m => new MemberRefDto(m.Id.Value, m.Name)).ToList(), v.Voted, v.Members, r.Version);
    }
}

/// <summary>An open topic with its votes (null while hidden).</summary>
public sealed record VotingTopicDto(Guid TopicId, string Title, int? Votes);

/// <summary>A member by id and name.</summary>
public sealed record MemberRefDto(Guid Id, string Name);

/// <summary>The rules of a vote.</summary>
public sealed record VotingSettingsDto(int Budget, int MaxPerTopic, int Winners, int? Version);

/// <summary>Show or hide the running counts.</summary>
public sealed record ShowCountsDto(bool Visible, int? Version);

/// <summary>The closed, immutable result: ranking (ties at the cut marked) and who voted for what.</summary>
public sealed record ResultDto(Guid WerkstattId, DateTimeOffset ClosedAt, string? ClosedBy, bool TieAtCut, IReadOnlyList<RankedTopicDto> Ranking, IReadOnlyList<ResultVoteDto> Votes)
{
    public static ResultDto From(VotingRound r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(
            r.WerkstattId.Value, r.ClosedAt!.Value, r.ClosedBy, r.Ranking.Any(t => t.Outcome == TopicOutcome.TiedAtCut),
            r.Ranking.OrderBy(t => t.Position).Select(t => new RankedTopicDto(t.Position, t.TopicId.Value, t.Title, t.Votes, t.Rank, t.Outcome, t.Outcome.GermanName())).ToList(),
            r.Votes.Select(v => new ResultVoteDto(v.MemberId.Value, v.MemberName, v.TopicId.Value, v.TopicTitle, v.Dots)).ToList());
    }
}

/// <summary>One line of the ranking.</summary>
public sealed record RankedTopicDto(int Position, Guid TopicId, string Title, int Votes, int Rank, TopicOutcome Outcome, string OutcomeName);

/// <summary>Dots a member gave a topic.</summary>
public sealed record ResultVoteDto(Guid MemberId, string MemberName, Guid TopicId, string TopicTitle, int Dots);

/// <summary>A member's ballot with the dots it has left.</summary>
public sealed record BallotDto(Guid WerkstattId, Guid MemberId, string MemberName, int Budget, int MaxPerTopic, int DotsLeft, bool Open, IReadOnlyList<DotDto> Dots, IReadOnlyList<VotingTopicDto> Topics, int Version)
{
    public static BallotDto From(BallotView v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new(
            v.Werkstatt.Id.Value, v.Member.Id.Value, v.Member.Name, v.Settings.Budget, v.Settings.MaxPerTopic, v.DotsLeft, v.IsOpen,
            v.Ballot.Dots.Select(d => new DotDto(d.TopicId.Value, d.Dots)).ToList(),
            v.Topics.Select(t => new VotingTopicDto(t.Id.Value, t.Title, null)).ToList(), v.Ballot.Version);
    }
}

/// <summary>Dots on one topic.</summary>
public sealed record DotDto(Guid TopicId, int Dots);

/// <summary>A whole ballot (topics left out get no dots) and the version it is based on (0 for a first ballot).</summary>
public sealed record CastBallotDto(IReadOnlyList<DotDto>? Dots, int? Version);
