using System.Text;
using Werkstatt.Domain.Common;

namespace Werkstatt.Service.Calendar;

/// <summary>
/// Writes a VCALENDAR (RFC 5545) for an iTIP method (RFC 5546: REQUEST, CANCEL, PUBLISH). Timed events are written in
/// Europe/Berlin with the VTIMEZONE they need; all-day events as DATE values.
/// </summary>
public static class ICalendarWriter
{
    public const string ProductId = "-//Werkstatt//Prozesswerkstatt DE//DE";

    public static string Write(string method, IReadOnlyList<CalendarEvent> events, DateTimeOffset stamp, string? calendarName = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var output = new StringBuilder(2048);
        Line(output, "BEGIN:VCALENDAR");
        Line(output, "PRODID:" + ProductId);
        Line(output, "VERSION:2.0");
        Line(output, "CALSCALE:GREGORIAN");
        Line(output, "METHOD:" + method);
        if (calendarName is not null)
        {
            Line(output, "X-WR-CALNAME:" + ICalendarText.Escape(calendarName));
            Line(output, "X-WR-TIMEZONE:" + BerlinTimeZoneComponent.TzId);
        }

        var timed = events.Where(e => e.AllDay is null).ToList();
        if (timed.Count > 0)
        {
            var years = timed.SelectMany(e => new[] { BerlinTime.ToBerlin(e.Start).Year, BerlinTime.ToBerlin(e.End).Year }).ToList();
            BerlinTimeZoneComponent.Append(output, years.Min(), years.Max());
        }

        foreach (var calendarEvent in events)
        {
            Event(output, calendarEvent, stamp);
        }

        Line(output, "END:VCALENDAR");
        return output.ToString();
    }

    private static void Event(StringBuilder output, CalendarEvent e, DateTimeOffset stamp)
    {
        Line(output, "BEGIN:VEVENT");
        Line(output, "UID:" + ICalendarText.Escape(e.Uid));
        Line(output, "SEQUENCE:" + e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Line(output, "DTSTAMP:" + ICalendarText.UtcDateTime(stamp));
        if (e.AllDay is { } day)
        {
            Line(output, "DTSTART;VALUE=DATE:" + ICalendarText.Date(day));
            Line(output, "DTEND;VALUE=DATE:" + ICalendarText.Date(day.AddDays(1)));
            Line(output, "TRANSP:TRANSPARENT");
        }
        else
        {
            Line(output, $"DTSTART;TZID={BerlinTimeZoneComponent.TzId}:" + ICalendarText.LocalDateTime(BerlinTime.ToBerlin(e.Start).DateTime));
            Line(output, $"DTEND;TZID={BerlinTimeZoneComponent.TzId}:" + ICalendarText.LocalDateTime(BerlinTime.ToBerlin(e.End).DateTime));
        }

        Line(output, "SUMMARY;LANGUAGE=de:" + ICalendarText.Escape(e.Summary));
        if (!string.IsNullOrEmpty(e.Location))
        {
            Line(output, "LOCATION;LANGUAGE=de:" + ICalendarText.Escape(e.Location));
        }

        if (!string.IsNullOrEmpty(e.Description))
        {
            Line(output, "DESCRIPTION;LANGUAGE=de:" + ICalendarText.Escape(e.Description));
        }

        if (!string.IsNullOrEmpty(e.Url))
        {
            Line(output, "URL:" + ICalendarText.Uri(e.Url));
        }

        if (e.Organizer is { } organizer)
        {
            Line(output, $"ORGANIZER;CN={ICalendarText.Parameter(organizer.Name)}:mailto:{ICalendarText.Uri(organizer.Email)}");
        }

        foreach (var attendee in e.Attendees)
        {
            var rsvp = e.Cancelled ? string.Empty : ";RSVP=TRUE";
            Line(output, $"ATTENDEE;CN={ICalendarText.Parameter(attendee.Name)};ROLE={ICalendarText.Parameter(attendee.Role)};PARTSTAT=NEEDS-ACTION;CUTYPE=INDIVIDUAL{rsvp}:mailto:{ICalendarText.Uri(attendee.Email)}");
        }

        Line(output, "STATUS:" + (e.Cancelled ? "CANCELLED" : "CONFIRMED"));
        if (e.AllDay is null)
        {
            Line(output, "TRANSP:OPAQUE");
        }

        Line(output, "END:VEVENT");
    }

    private static void Line(StringBuilder output, string line) => ICalendarText.AppendFolded(output, line);
}
