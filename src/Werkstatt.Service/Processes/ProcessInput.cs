using Werkstatt.Domain.Network;
using Werkstatt.Domain.Voting;

namespace Werkstatt.Service.Processes;

/// <summary>A process as the coordinator enters it; <see cref="TopicId"/> only when deriving.</summary>
public sealed record ProcessInput(
    TopicId? TopicId, string? Name, string? LeikaKey, int ModellersNeeded, IReadOnlyCollection<MemberLevel> Levels, bool CrossesLevels, int? Version = null);
