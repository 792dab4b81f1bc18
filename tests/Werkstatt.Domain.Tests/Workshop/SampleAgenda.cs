using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Workshop;

namespace Werkstatt.Domain.Tests.Workshop;

/// <summary>The day the workshop-day tests plan: opening, one process, a break, closing; and the time they plan it at.</summary>
public static class SampleAgenda
{
    public static readonly DateTimeOffset Now = new(2027, 9, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>A new array (and process id) on every call, so a test may change it.</summary>
    public static AgendaItem[] Day =>
    [
        new(AgendaEntryKind.Opening, null, "Begrüßung", new TimeOnly(9, 0), 30),
        new(AgendaEntryKind.Process, new ProcessId(Guid.NewGuid()), null, new TimeOnly(9, 30), 90),
        new(AgendaEntryKind.Break, null, null, new TimeOnly(11, 15), 15),
        new(AgendaEntryKind.Closing, null, null, new TimeOnly(11, 30), 30),
    ];
}
