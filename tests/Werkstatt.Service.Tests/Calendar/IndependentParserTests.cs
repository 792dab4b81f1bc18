using System.Text.Json;
using Werkstatt.Domain.Common;
using Werkstatt.Service.Calendar;

namespace Werkstatt.Service.Tests.Calendar;

/// <summary>Our calendars as ical.js, python3-icalendar and libical (iTIP restrictions) read them; one launch of each.</summary>
public sealed class IndependentParserTests
{
    private const string Injection = "Saal 2\r\nATTENDEE:mailto:evil@example.org";

    // Berlin wall times around the switches of 2027 (28.03. and 31.10.) and the dates the issue names.
    private static readonly (DateOnly Date, TimeOnly Time, string Utc)[] Times =
    [
        (new DateOnly(2027, 3, 26), new TimeOnly(9, 0), "2027-03-26T08:00:00.000Z"),
        (new DateOnly(2027, 3, 29), new TimeOnly(9, 0), "2027-03-29T07:00:00.000Z"),
        (new DateOnly(2027, 10, 25), new TimeOnly(9, 0), "2027-10-25T07:00:00.000Z"),
        (new DateOnly(2027, 11, 2), new TimeOnly(9, 30), "2027-11-02T08:30:00.000Z"),
    ];

    [Fact]
    public async Task Requests_cancels_and_feeds_parse_everywhere_pass_itip_rules_and_start_at_the_intended_berlin_time()
    {
        var calendars = new List<string>();
        foreach (var (date, time, _) in Times)
        {
            calendars.Add(ICalendarWriter.Write("REQUEST", [CalendarSamples.Event(CalendarSamples.Tricky, Injection, "Müller, Hans \"Hansi\"\r\nATTENDEE:mailto:evil@example.org", BerlinTime.ToUtc(date, time))], CalendarSamples.Stamp));
        }

        var cancel = ICalendarWriter.Write("CANCEL", [CalendarSamples.Event("Abgesagt, leider", "Online", "Anna", BerlinTime.ToUtc(new DateOnly(2027, 3, 29), new TimeOnly(9, 0)), sequence: 3, cancelled: true)], CalendarSamples.Stamp);
        calendars.Add(cancel);
        var feed = ICalendarWriter.Write(
            "PUBLISH",
            [
                CalendarSamples.Event("Werkstatt", "Online", "Anna", BerlinTime.ToUtc(new DateOnly(2027, 10, 25), new TimeOnly(9, 0))) with { Attendees = [] },
                new CalendarEvent { Uid = "frist-1@werkstatt.example", Summary = "Frist: Modelle fällig; bitte hochladen", AllDay = new DateOnly(2027, 3, 29), Organizer = new CalendarAttendee("werkstatt@werkstatt.example", "Werkstatt") },
            ],
            CalendarSamples.Stamp,
            "Werkstatt – Anna");
        calendars.Add(feed);

        var results = await CalendarCheckers.CheckAsync(calendars);

        for (var i = 0; i < Times.Length; i++)
        {
            var js = results.IcalJs[i];
            Assert.True(js.GetProperty("ok").GetBoolean(), js.ToString());
            Assert.Equal("REQUEST", js.GetProperty("method").GetString());
            var e = js.GetProperty("events")[0];
            Assert.Equal(Times[i].Utc, e.GetProperty("start").GetString());
            Assert.Equal("Europe/Berlin", e.GetProperty("tzid").GetString());
            Assert.Equal(CalendarSamples.Tricky, e.GetProperty("summary").GetString());
            Assert.Equal(Injection.Replace("\r\n", "\n", StringComparison.Ordinal), e.GetProperty("location").GetString());
            var attendees = e.GetProperty("attendees").EnumerateArray().ToList();
            Assert.Equal(["mailto:anna@stadt.example", "mailto:bernd@stadt.example"], attendees.Select(a => a.GetProperty("value").GetString()));
            Assert.Equal("Müller, Hans Hansi ATTENDEE:mailto:evil@example.org", attendees[0].GetProperty("cn").GetString());
            Assert.Equal(("NEEDS-ACTION", "TRUE", "REQ-PARTICIPANT"), (attendees[0].GetProperty("partstat").GetString(), attendees[0].GetProperty("rsvp").GetString(), attendees[0].GetProperty("role").GetString()));
            Assert.Equal(1, e.GetProperty("propertyNames").EnumerateArray().Count(p => p.GetString() == "location"));

            var py = results.Python[i];
            Assert.True(py.GetProperty("pythonOk").GetBoolean(), py.ToString());
            var pe = py.GetProperty("events")[0];
            Assert.Equal(DateTimeOffset.Parse(Times[i].Utc, System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.Parse(pe.GetProperty("start").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(CalendarSamples.Tricky, pe.GetProperty("summary").GetString());
            Assert.Equal(2, pe.GetProperty("attendees").GetArrayLength());
        }

        var cancelled = results.IcalJs[Times.Length].GetProperty("events")[0];
        Assert.Equal(("CANCELLED", 3), (cancelled.GetProperty("status").GetString(), cancelled.GetProperty("sequence").GetInt32()));
        var published = results.IcalJs[Times.Length + 1];
        Assert.Equal("PUBLISH", published.GetProperty("method").GetString());
        Assert.Equal("2027-03-29", published.GetProperty("events")[1].GetProperty("start").GetString());
        Assert.All(results.Python, r => Assert.True(r.GetProperty("libicalOk").GetBoolean(), r.ToString()));
    }

    [Fact]
    public async Task Libical_refuses_a_request_without_organizer_so_the_check_can_fail()
    {
        var calendar = ICalendarWriter.Write("REQUEST", [CalendarSamples.Event("x", "y", "z", CalendarSamples.Stamp) with { Organizer = null }], CalendarSamples.Stamp);
        var results = await CalendarCheckers.CheckAsync([calendar]);
        Assert.False(results.Python[0].GetProperty("libicalOk").GetBoolean());
    }
}
