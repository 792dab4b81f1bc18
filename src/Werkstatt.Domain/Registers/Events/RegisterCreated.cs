using Werkstatt.Domain.Common;
using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Registers.Events;

/// <summary>A member built its register from a blueprint version.</summary>
public sealed record RegisterCreated(RegisterId RegisterId, MemberId MemberId, int BlueprintVersion, DateTimeOffset OccurredAt) : IDomainEvent;
