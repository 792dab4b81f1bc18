using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Workshop;

namespace Werkstatt.Service.Workshop;

/// <summary>
/// One agenda slot as readers see it: German label, Berlin times and, for a process slot, the presenting members
/// (the members of the confirmed assignment, who modelled the process).
/// </summary>
public sealed record AgendaLine(
    int Day, int Position, AgendaEntryKind Kind, ProcessId? ProcessId, string? Title, string Label, TimeOnly Start, int DurationMinutes, IReadOnlyList<string> Presenters)
{
    public TimeOnly End => Start.AddMinutes(DurationMinutes);

    /// <summary>"09:30–11:00".</summary>
    public string TimeRange => $"{Start:HH\\:mm}–{End:HH\\:mm}";

    /// <summary>"09:30–11:00 Hundeanmeldung (stellen vor: Stadt A, Stadt B)".</summary>
    public string Describe() =>
        $"{TimeRange} {Label}" + (Presenters.Count == 0 ? string.Empty : $" (stellen vor: {string.Join(", ", Presenters)})");

    public static string KindName(AgendaEntryKind kind) => kind switch
    {
        AgendaEntryKind.Opening => "Eröffnung",
        AgendaEntryKind.Process => "Prozess",
        AgendaEntryKind.Break => "Pause",
        AgendaEntryKind.Closing => "Abschluss",
        _ => kind.ToString(),
    };
}
