using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Cycle.Events;
using Werkstatt.Domain.Cycle.Rules;
using Werkstatt.Domain.Tests.Support;
using static Werkstatt.Domain.Tests.Support.RuleAssert;

namespace Werkstatt.Domain.Tests.Cycle;

public class VenueTests
{
    [Theory]
    [InlineData("https://meet.example.de/werkstatt")]
    [InlineData("http://intranet.kreis-wesel.de/konferenz")]
    public void An_online_venue_accepts_an_http_or_https_link(string url)
    {
        var venue = Venue.Online(url);

        Assert.Equal(WorkshopFormat.Online, venue.Format);
        Assert.Equal(url, venue.MeetingUrl);
        Assert.Null(venue.Address);
        Assert.Equal($"Online: {url}", venue.Describe());
    }

    [Fact]
    public void A_Teams_link_is_kept_exactly_as_entered()
    {
        // Teams links carry an escaped JSON context; unescaping it breaks the link.
        const string teams = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzM4%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf%22%7d&x=a%20b";

        var venue = Venue.Online(teams);

        Assert.Equal(teams, venue.MeetingUrl);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_online_venue_needs_a_link(string? url)
    {
        var violation = AssertBrokenRule("OnlineWorkshopNeedsMeetingLink", () => Venue.Online(url));

        Assert.Equal(nameof(Venue.MeetingUrl), violation.Field);
    }

    [Theory]
    [InlineData("teams.microsoft.com/l/meetup-join/abc")]
    [InlineData("ftp://files.example.de/werkstatt")]
    [InlineData("mailto:werkstatt@kreis.de")]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///C:/werkstatt.txt")]
    [InlineData("/werkstatt")]
    public void An_online_venue_refuses_anything_but_a_web_address(string url)
    {
        var violation = AssertBrokenRule("MeetingLinkMustBeWebAddress", () => Venue.Online(url));

        Assert.Equal(nameof(Venue.MeetingUrl), violation.Field);
    }

    [Fact]
    public void An_in_person_venue_keeps_the_address_trimmed_with_unix_line_breaks()
    {
        var venue = Venue.InPerson("  Kreishaus Wesel\r\nReeser Landstraße 31\r\n46483 Wesel \n");

        Assert.Equal(WorkshopFormat.InPerson, venue.Format);
        Assert.Equal("Kreishaus Wesel\nReeser Landstraße 31\n46483 Wesel", venue.Address);
        Assert.Null(venue.MeetingUrl);
        Assert.StartsWith("Vor Ort: Kreishaus Wesel", venue.Describe(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \r\n ")]
    public void An_in_person_venue_needs_an_address(string? address)
    {
        var violation = AssertBrokenRule("InPersonWorkshopNeedsAddress", () => Venue.InPerson(address));

        Assert.Equal(nameof(Venue.Address), violation.Field);
    }

    [Fact]
    public void An_address_longer_than_the_maximum_is_refused()
    {
        AssertBrokenRule("FieldIsTooLong", () => Venue.InPerson(new string('a', Venue.AddressMaxLength + 1)));
        Assert.NotNull(Venue.InPerson(new string('a', Venue.AddressMaxLength)));
    }

    [Fact]
    public void Create_checks_the_field_that_belongs_to_the_format()
    {
        Assert.Equal(WorkshopFormat.InPerson, Venue.Create(WorkshopFormat.InPerson, null, "Rathaus").Format);
        AssertBrokenRule("OnlineWorkshopNeedsMeetingLink", () => Venue.Create(WorkshopFormat.Online, null, "Rathaus"));
        AssertBrokenRule("InPersonWorkshopNeedsAddress", () => Venue.Create(WorkshopFormat.InPerson, "https://meet.example.de/x", null));
        AssertBrokenRule("WorkshopFormatMustBeKnown", () => Venue.Create((WorkshopFormat)7, "https://meet.example.de/x", "Rathaus"));
    }

    [Fact]
    public void Changing_the_venue_raises_WerkstattVenueChanged_and_the_same_venue_raises_nothing()
    {
        var werkstatt = Werkstaetten.Planned();
        var previous = werkstatt.Venue;
        werkstatt.ClearDomainEvents();
        var now = Utc.At("2026-12-01T10:00Z");

        werkstatt.ChangeVenue(Venue.Online("https://meet.example.de/werkstatt"), now);
        Assert.Empty(werkstatt.DomainEvents);

        var inPerson = Venue.InPerson("Rathaus Moers");
        werkstatt.ChangeVenue(inPerson, now);

        var changed = Assert.IsType<WerkstattVenueChanged>(Assert.Single(werkstatt.DomainEvents));
        Assert.Equal((previous, inPerson, now), (changed.Previous, changed.Current, changed.OccurredAt));
        Assert.Equal(inPerson, werkstatt.Venue);
    }

    [Fact]
    public void The_venue_of_a_cancelled_Werkstatt_cannot_change()
    {
        var werkstatt = Werkstaetten.In(Phase.Cancelled);

        AssertBrokenRule<WerkstattMustNotBeClosedRule>(() => werkstatt.ChangeVenue(Venue.InPerson("Rathaus Moers"), Utc.At("2026-12-01T10:00Z")));
    }
}
