using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Voting;

/// <summary>A topic proposal; <see cref="MemberId"/> is the member it is proposed for (a process manager's own when left out).</summary>
public sealed record ProposeTopic(string? Title, string? Description, string? WhyNow, MemberId? MemberId = null);
