using System.Text;
using Werkstatt.Service.Calendar;

namespace Werkstatt.Service.Tests.Calendar;

public sealed class ICalendarTextTests
{
    private const string Injection = "Rathaus\r\nATTENDEE:mailto:evil@example.org";

    [Fact]
    public void Text_values_escape_backslash_semicolon_comma_and_line_breaks_but_not_the_colon()
    {
        Assert.Equal(@"a\\b\;c\,d\ne\nf:g", ICalendarText.Escape("a\\b;c,d\r\ne\nf:g"));
    }

    [Fact]
    public void Parameter_values_with_colon_semicolon_or_comma_are_quoted_and_lose_quotes_and_line_breaks()
    {
        Assert.Equal("\"Müller, Hans\"", ICalendarText.Parameter("Müller, Hans"));
        Assert.Equal("Hans Müller", ICalendarText.Parameter("Hans Müller"));
        Assert.Equal("\"Evil ATTENDEE:mailto:x\"", ICalendarText.Parameter("Evil\"\r\nATTENDEE:mailto:x"));
    }

    [Theory]
    [InlineData("ä")]
    [InlineData("€")]
    [InlineData("🎉")]
    [InlineData("x")]
    public void Folding_keeps_every_line_within_75_octets_and_never_splits_a_character(string unit)
    {
        for (var prefix = 0; prefix < 6; prefix++)
        {
            var line = "DESCRIPTION:" + new string('a', prefix) + string.Concat(Enumerable.Repeat(unit, 120));
            var output = new StringBuilder();
            ICalendarText.AppendFolded(output, line);
            var text = output.ToString();
            Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
            var physical = text[..^2].Split("\r\n");
            var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
            foreach (var part in physical)
            {
                var bytes = Encoding.UTF8.GetBytes(part);
                Assert.InRange(bytes.Length, 1, 75);
                Assert.Equal(part, strict.GetString(bytes));
                Assert.DoesNotContain('\uFFFD', part);
            }

            Assert.All(physical.Skip(1), p => Assert.StartsWith(" ", p, StringComparison.Ordinal));
            Assert.Equal(line, string.Concat(physical.Select((p, i) => i == 0 ? p : p[1..])));
        }
    }

    [Fact]
    public void A_crlf_injection_in_summary_location_and_names_adds_no_property()
    {
        var calendar = ICalendarWriter.Write("REQUEST", [CalendarSamples.Event(Injection, Injection, Injection, new DateTimeOffset(2027, 6, 1, 7, 0, 0, TimeSpan.Zero))], CalendarSamples.Stamp);
        var unfolded = calendar.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        var lines = unfolded.Split("\r\n");
        Assert.DoesNotContain(lines, l => l.StartsWith("ATTENDEE:", StringComparison.Ordinal));
        Assert.Equal(2, lines.Count(l => l.StartsWith("ATTENDEE;", StringComparison.Ordinal)));
        Assert.DoesNotContain("\n", calendar.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("\r", calendar.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
