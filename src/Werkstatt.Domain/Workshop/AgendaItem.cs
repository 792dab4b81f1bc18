using Werkstatt.Domain.Processes;

namespace Werkstatt.Domain.Workshop;

/// <summary>One requested agenda slot: kind, process (for <see cref="AgendaEntryKind.Process"/>), start and duration in minutes.</summary>
public sealed record AgendaItem(AgendaEntryKind Kind, ProcessId? ProcessId, string? Title, TimeOnly Start, int DurationMinutes);
