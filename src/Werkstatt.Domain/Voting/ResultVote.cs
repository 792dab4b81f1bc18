using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Voting;

/// <summary>Who voted for what, as it stood at the close.</summary>
public sealed record ResultVote(MemberId MemberId, string MemberName, TopicId TopicId, string TopicTitle, int Dots);
