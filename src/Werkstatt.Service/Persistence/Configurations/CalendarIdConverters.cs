using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Werkstatt.Domain.Participants;
using Werkstatt.Domain.Processes;

namespace Werkstatt.Service.Persistence.Configurations;

/// <summary>Converters for participants and the workshop calendar.</summary>
internal static class CalendarIdConverters
{
    public static readonly ValueConverter<ParticipantId, Guid> Participant = new(id => id.Value, value => new ParticipantId(value));

    /// <summary>The processes a participant comes for, as comma-separated GUIDs: a few values, only read with their participant.</summary>
    public static readonly ValueConverter<IReadOnlyList<ProcessId>, string> Processes = new(
        ids => string.Join(",", ids.Select(i => i.Value.ToString("N"))),
        text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(t => new ProcessId(Guid.Parse(t))).ToList());

    public static readonly ValueComparer<IReadOnlyList<ProcessId>> ProcessesComparer = new(
        (a, b) => a != null && b != null && a.SequenceEqual(b),
        ids => ids.Aggregate(0, (hash, id) => HashCode.Combine(hash, id)),
        ids => ids.ToList());
}
