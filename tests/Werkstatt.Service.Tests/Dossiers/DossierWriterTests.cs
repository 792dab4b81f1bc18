using System.Text.RegularExpressions;
using Werkstatt.Service.Dossiers.Content;
using Werkstatt.Service.Dossiers.Samples;
using Werkstatt.Service.Dossiers.Writer;

namespace Werkstatt.Service.Tests.Dossiers;

public sealed partial class DossierWriterTests
{
    private static readonly DateTimeOffset Now = new(2026, 2, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_cover_shows_the_Teams_link_that_Microsoft_365_made()
    {
        Assert.SkipUnless(PdfTools.Available, "qpdf/poppler-utils fehlen");
        var content = SampleDossiers.Create(1, 4, Now);
        content = content with { Venue = content.Venue with { TeamsJoinUrl = "https://teams.microsoft.com/l/meetup-join/abc123" } };
        using var pdf = new PdfTools(DossierWriter.Write(content));
        var cover = pdf.Text(1);
        Assert.Contains("Teams-Besprechung", cover, StringComparison.Ordinal);
        Assert.Contains("https://teams.microsoft.com/l/meetup-join/abc123", cover, StringComparison.Ordinal);
        Assert.Contains("Teams: https://teams.microsoft.com/l/meetup-join/abc123", content.Agenda.Count > 0 ? content.Venue.Describe() : string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_dossier_passes_qpdf_renders_every_page_and_reads_in_order()
    {
        Assert.SkipUnless(PdfTools.Available, "qpdf/poppler-utils fehlen");
        var content = SampleDossiers.Create(3, 8, Now);
        using var pdf = new PdfTools(DossierWriter.Write(content));
        pdf.Check();
        var pages = pdf.Pages;
        Assert.Equal(pages, pdf.Render(dpi: 12).Count);

        // Reading order: cover, contents, agenda, participants, then each process chapter in its order.
        var text = pdf.Text();
        var sequence = new[]
        {
            "Vorabunterlagen", "Prozesswerkstatt Frühjahr 2026", "Inhalt", "Prozess 3: Bewohnerbescheinigung",
            "Tagesordnung", "Begrüßung und Überblick", "Teilnehmende", "Kreis Wesel", "Jürgen Weiß", "Änne Groß", "Stadt Moers", "Özlem Straßburger",
            "Prozess 1: Hundeanmeldung", "Prozesssteckbriefe", "Auslöser", "Medienbrüche", "Prozessmodell Kreis Wesel: Hundeanmeldung",
            "Prozessmodell Stadt Moers: Hundeanmeldung", "Befunde zu den Konventionen", "Fehler: Endereignis ohne Namen.",
            "Anmerkungen der Qualitätssicherung", "Vergleich der Modelle", "Persönliche Vorsprache", "Fragen für die Diskussion: Hundeanmeldung",
            "Prozess 2: Anwohnerparkausweis", "Fragen für die Diskussion: Anwohnerparkausweis", "Prozess 3: Bewohnerbescheinigung",
        };
        var at = 0;
        foreach (var expected in sequence)
        {
            var found = text.IndexOf(expected, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"„{expected}“ not found after position {at}");
            at = found + expected.Length;
        }
    }

    [Fact]
    public void Contents_footer_outline_and_metadata_agree_with_the_pages()
    {
        Assert.SkipUnless(PdfTools.Available, "qpdf/poppler-utils fehlen");
        var content = SampleDossiers.Create(4, 6, Now);
        using var pdf = new PdfTools(DossierWriter.Write(content));
        var pages = pdf.Pages;

        // Every page but the cover says "Seite X von Y".
        for (var p = 2; p <= pages; p++)
        {
            Assert.Contains($"Seite {p} von {pages}", pdf.Text(p), StringComparison.Ordinal);
        }

        // The outline has one top-level entry per process, each pointing at the page with its heading ...
        var outline = pdf.Outline();
        var processes = outline.Where(o => o.Depth == 0 && o.Title.StartsWith("Prozess ", StringComparison.Ordinal)).ToList();
        Assert.Equal(content.Processes.Select((p, i) => $"Prozess {i + 1}: {p.Name}"), processes.Select(p => p.Title));
        foreach (var entry in processes)
        {
            Assert.Contains(entry.Title, pdf.Text(entry.Page), StringComparison.Ordinal);
        }

        // ... and the contents list the same pages.
        var toc = pdf.Text(2).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        foreach (var entry in processes)
        {
            var line = toc.IndexOf(entry.Title);
            Assert.True(line >= 0, $"{entry.Title} is in the contents");
            Assert.Equal(entry.Page, int.Parse(TrailingNumber().Match(toc[line + 1]).Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Contains(outline, o => o.Title == "Tagesordnung" && o.Depth == 0);
        Assert.Contains(outline, o => o.Title == "Modell Stadt Moers" && o.Depth == 1);

        var info = pdf.Info();
        Assert.Equal("Vorabunterlagen: Prozesswerkstatt Frühjahr 2026", info["Title"]);
        Assert.Equal("Prozessmanagement@Niederrhein", info["Author"]);
        Assert.Contains("Vorabunterlagen zur Prozesswerkstatt", info["Subject"], StringComparison.Ordinal);
        Assert.Equal("de-DE", pdf.Language());
    }

    [Fact]
    public void Models_go_on_landscape_pages_and_a_huge_model_gets_an_overview_and_parts()
    {
        Assert.SkipUnless(PdfTools.Available, "qpdf/poppler-utils fehlen");
        var sample = SampleDossiers.Create(1, 6, Now);
        var process = sample.Processes[0];
        var huge = process with { Members = [process.Members[0] with { Drawing = SampleDrawings.Process("riesig", 60) }, process.Members[1]] };
        using var pdf = new PdfTools(DossierWriter.Write(sample with { Processes = [huge] }));
        pdf.Check();
        var text = pdf.Text();
        var parts = PartCount().Match(text);
        Assert.True(parts.Success, "the tiles are announced as parts");
        var count = int.Parse(parts.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count >= 4);
        Assert.Contains($"Teil {count} von {count}", text, StringComparison.Ordinal);
        Assert.Contains("60. Unterlagen anfordern", text, StringComparison.Ordinal);

        var model = pdf.Outline().Single(o => o.Title == "Modell Kreis Wesel").Page;
        var size = pdf.Info(); // page 1 is portrait
        Assert.Contains("595.28 x 841.89", size["Page size"], StringComparison.Ordinal);
        Assert.Contains("Prozessmodell Kreis Wesel", pdf.Text(model), StringComparison.Ordinal);
        Assert.True(pdf.PageWidth(model) > pdf.PageHeight(model), "the model page is landscape");
    }

    [Fact]
    public void An_early_dossier_without_submissions_or_participants_says_what_is_missing()
    {
        Assert.SkipUnless(PdfTools.Available, "qpdf/poppler-utils fehlen");
        var sample = SampleDossiers.Create(2, 4, Now);
        var bare = sample with
        {
            Participants = [],
            Processes = sample.Processes.Select(p => p with
            {
                Members = p.Members.Select(m => m with { Profile = null, Drawing = null, Findings = [] }).ToList(),
                Remarks = [],
                Comparison = [],
            }).ToList(),
        };
        using var pdf = new PdfTools(DossierWriter.Write(bare));
        pdf.Check();
        var text = pdf.Text();
        Assert.Contains("Die Anmeldungen liegen noch nicht vor.", text, StringComparison.Ordinal);
        Assert.Contains("Es wurde noch kein Steckbrief eingereicht.", text, StringComparison.Ordinal);
        Assert.Contains("Prozessmodell von Stadt Moers: noch nicht eingereicht.", text, StringComparison.Ordinal);
        Assert.Contains("Keine Befunde.", text, StringComparison.Ordinal);
        Assert.Contains("Der Vergleich liegt noch nicht vor.", text, StringComparison.Ordinal);
        Assert.Equal(pdf.Pages, pdf.Render(dpi: 10).Count);
    }

    [GeneratedRegex(@"^(\d+)$")]
    private static partial Regex TrailingNumber();

    [GeneratedRegex(@"Teil 1 von (\d+)")]
    private static partial Regex PartCount();
}
