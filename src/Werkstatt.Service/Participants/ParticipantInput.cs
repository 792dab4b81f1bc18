using Werkstatt.Domain.Participants;

namespace Werkstatt.Service.Participants;

/// <summary>Registering a person for a workshop: who, as what, for which processes (none: the whole workshop).</summary>
public sealed record ParticipantInput(Guid? PersonId, ParticipantRole? Role, string? Function, IReadOnlyList<Guid>? ProcessIds);
