using System.Globalization;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Workshop;
using Werkstatt.Service.Common;
using Werkstatt.Service.Workshop;

namespace Werkstatt.Web.Api.Dtos;

/// <summary>The agenda of a Werkstatt's workshop days; <c>version</c> for the next change.</summary>
public sealed record AgendaDto(Guid WerkstattId, int Version, bool CanEdit, IReadOnlyList<AgendaDayDto> Days)
{
    public static AgendaDto From(WorkshopView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var days = Enumerable.Range(1, view.Werkstatt.Schedule.DayCount)
            .Select(d => new AgendaDayDto(d, view.Agenda.Of(d).Select(AgendaItemDto.From).ToList()))
            .ToList();
        return new AgendaDto(view.Werkstatt.Id.Value, view.Workshop.Version, view.CanEdit, days);
    }
}

/// <summary>One day of the agenda.</summary>
public sealed record AgendaDayDto(int Day, IReadOnlyList<AgendaItemDto> Items);

/// <summary>One slot: times as Berlin wall clock "HH:mm".</summary>
public sealed record AgendaItemDto(int Position, AgendaEntryKind Kind, Guid? ProcessId, string? Title, string Label, string Start, string End, int DurationMinutes, IReadOnlyList<string> Presenters)
{
    public static AgendaItemDto From(AgendaLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new AgendaItemDto(
            line.Position, line.Kind, line.ProcessId?.Value, line.Title, line.Label,
            line.Start.ToString("HH:mm", CultureInfo.InvariantCulture), line.End.ToString("HH:mm", CultureInfo.InvariantCulture), line.DurationMinutes, line.Presenters);
    }
}

/// <summary>Replacing a day's agenda.</summary>
public sealed record AgendaInputDto(IReadOnlyList<AgendaItemInputDto>? Items, int? Version)
{
    /// <summary>The items, or the German validation error of the first unreadable one.</summary>
    public Result<IReadOnlyList<AgendaItem>> ToItems()
    {
        var items = new List<AgendaItem>();
        foreach (var (item, i) in (Items ?? []).Select((x, i) => (x, i + 1)))
        {
            if (item.Kind is not { } kind || !Enum.IsDefined(kind))
            {
                return Error.Validation("items", $"Punkt {i}: Bitte die Art angeben (Opening, Process, Break, Closing).");
            }

            if (!TimeOnly.TryParseExact(item.Start ?? string.Empty, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
            {
                return Error.Validation("items", $"Punkt {i}: Bitte den Beginn als Uhrzeit „HH:mm“ angeben.");
            }

            items.Add(new AgendaItem(kind, item.ProcessId is { } p ? new ProcessId(p) : null, item.Title, start, item.DurationMinutes ?? 0));
        }

        return items;
    }
}

/// <summary>One requested slot.</summary>
public sealed record AgendaItemInputDto(AgendaEntryKind? Kind, Guid? ProcessId, string? Title, string? Start, int? DurationMinutes);

/// <summary>Moving a slot: one step (<c>up</c>) or to a place (<c>to</c>, drag and drop).</summary>
public sealed record AgendaMoveDto(int? Position, bool? Up, int? To, int? Version);

/// <summary>Attendance of a Werkstatt: per day who was present, per member on how many days.</summary>
public sealed record AttendanceDto(Guid WerkstattId, int Version, bool CanEdit, IReadOnlyList<AttendanceDayDto> Days, IReadOnlyList<MemberAttendanceDto> Members)
{
    public static AttendanceDto From(AttendanceView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var days = Enumerable.Range(1, view.Werkstatt.Schedule.DayCount)
            .Select(d => new AttendanceDayDto(d, view.People.Select(p => new AttendancePersonDto(p.PersonId.Value, p.Name, p.MemberId.Value, p.MemberName, p.Registered, view.IsPresent(d, p))).ToList()))
            .ToList();
        return new AttendanceDto(view.Werkstatt.Id.Value, view.Workshop.Version, view.CanEdit, days, view.Members.Select(m => new MemberAttendanceDto(m.MemberId.Value, m.MemberName, m.DaysAttended)).ToList());
    }
}

/// <summary>One day's list.</summary>
public sealed record AttendanceDayDto(int Day, IReadOnlyList<AttendancePersonDto> People);

/// <summary>A person of a member and whether they were present.</summary>
public sealed record AttendancePersonDto(Guid PersonId, string Name, Guid MemberId, string Member, bool Registered, bool Present);

/// <summary>On how many workshop days a member was represented.</summary>
public sealed record MemberAttendanceDto(Guid MemberId, string Member, int DaysAttended);

/// <summary>Recording one person's presence on a day.</summary>
public sealed record AttendanceInputDto(int? Day, Guid? PersonId, bool? Present, int? Version);

/// <summary>The room's capacity (in-person workshops); null removes the limit.</summary>
public sealed record CapacityInputDto(int? Capacity, int? Version);
