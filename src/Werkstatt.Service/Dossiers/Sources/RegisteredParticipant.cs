using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;

namespace Werkstatt.Service.Dossiers.Sources;

/// <summary>A person registered for the workshop, with their member and the processes they registered for.</summary>
public sealed record RegisteredParticipant(PersonId PersonId, MemberId? MemberId, string Name, string? Function, IReadOnlyList<ProcessId> Processes);
