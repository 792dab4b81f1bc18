using Werkstatt.Service.Calendar;

namespace Werkstatt.Service.Tests.Calendar;

/// <summary>Events with awkward text for the writer tests.</summary>
public static class CalendarSamples
{
    public static readonly DateTimeOffset Stamp = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    public const string Tricky = "Müller, Hans; Öffnungszeiten \\ Bürgerbüro 🎉\nzweite Zeile: mit Doppelpunkt";

    public static CalendarEvent Event(string summary, string location, string name, DateTimeOffset start, int sequence = 0, bool cancelled = false, string uid = "werkstatt-test-tag1@werkstatt.example") => new()
    {
        Uid = uid,
        Sequence = sequence,
        Start = start,
        End = start.AddHours(7),
        Summary = summary,
        Location = location,
        Description = "Tagesordnung:\n- Hundesteuer, An- und Abmeldung\n- Bewohnerparkausweis; digital\n\nZur Werkstatt: https://werkstatt.example/Werkstaetten/1",
        Url = "https://werkstatt.example/Werkstaetten/1",
        Organizer = new CalendarAttendee("werkstatt@werkstatt.example", "Werkstatt – Netzwerk, Test", "CHAIR"),
        Attendees = [new CalendarAttendee("anna@stadt.example", name), new CalendarAttendee("bernd@stadt.example", "Bernd Beispiel")],
        Cancelled = cancelled,
    };
}
