using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Registers.Events;

/// <summary>Every change of a blueprint version was applied or declined; the register is now on that version.</summary>
public sealed record BlueprintVersionTaken(RegisterId RegisterId, int BlueprintVersion, DateTimeOffset OccurredAt) : IDomainEvent;
