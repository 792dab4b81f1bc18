using PdfSharp.Pdf;
using Werkstatt.Service.Dossiers.Content;
using Werkstatt.Service.Dossiers.Pdf;

namespace Werkstatt.Service.Dossiers.Writer;

/// <summary>
/// Turns <see cref="DossierContent"/> into the pre-read PDF: cover, contents with page numbers, agenda, participants, a
/// chapter per process (profiles side by side, models on landscape pages, findings, remarks, comparison, a page for
/// questions), header and footer with "Seite X von Y", one bookmark per process, title/author/subject and language de-DE.
/// </summary>
public static class DossierWriter
{
    public static byte[] Write(DossierContent content)
    {
        using var stream = new MemoryStream();
        Write(content, stream);
        return stream.ToArray();
    }

    public static int Write(DossierContent content, Stream output)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(output);
        using var document = PdfSetup.NewDocument();
        document.Info.Title = $"Vorabunterlagen: {content.WerkstattTitle}";
        document.Info.Author = content.NetworkName;
        document.Info.Subject = $"Vorabunterlagen zur Prozesswerkstatt „{content.WerkstattTitle}“ ({content.Processes.Count} Prozesse)";
        document.Info.Creator = "Werkstatt";
        document.Info.CreationDate = content.GeneratedAt.UtcDateTime;
        document.Language = "de-DE";
        document.PageLayout = PdfPageLayout.SinglePage;
        document.PageMode = PdfPageMode.UseOutlines;

        var fonts = new DossierFonts();
        var entries = new List<TocEntry>();
        IReadOnlyList<int> tocPages;
        using (var cursor = new PageCursor(document, fonts))
        {
            CoverSection.Draw(cursor, content);
            tocPages = TocSection.Reserve(cursor, content.Processes.Count + 2);

            cursor.NewPage();
            Chapter(cursor, entries, AgendaSection.Title);
            AgendaSection.Draw(cursor, content);
            cursor.Space(16);
            cursor.Ensure(90);
            Chapter(cursor, entries, ParticipantsSection.Title);
            ParticipantsSection.Draw(cursor, content);

            for (var i = 0; i < content.Processes.Count; i++)
            {
                WriteProcess(cursor, entries, i + 1, content.Processes[i]);
            }
        }

        TocSection.Fill(document, fonts, tocPages, entries);
        PageFrame.Draw(document, fonts, content);
        var pages = document.PageCount;
        document.Save(output, closeStream: false);
        return pages;
    }

    private static PdfOutline Chapter(PageCursor cursor, List<TocEntry> entries, string title)
    {
        entries.Add(new TocEntry(title, cursor.PageNumber));
        return cursor.Document.Outlines.Add(title, cursor.Page, opened: false);
    }

    private static void WriteProcess(PageCursor cursor, List<TocEntry> entries, int number, DossierProcess process)
    {
        cursor.NewPage();
        var outline = Chapter(cursor, entries, ProcessSection.Title(number, process));
        ProcessSection.DrawIntro(cursor, number, process);
        var drew = false;
        foreach (var member in process.Members)
        {
            if (member.Drawing is { } drawing)
            {
                var first = DrawingPages.Draw(cursor, $"Prozessmodell {member.MemberName}: {process.Name}", drawing);
                outline.Outlines.Add($"Modell {member.MemberName}", cursor.Document.Pages[first - 1]);
                drew = true;
            }
        }

        drew |= ToBePages.Draw(cursor, outline, process);

        if (drew)
        {
            cursor.NewPage();
        }

        outline.Outlines.Add("Befunde, Anmerkungen, Vergleich", cursor.Page);
        ReviewSection.Draw(cursor, process);
        if (!process.Results.IsEmpty)
        {
            cursor.Space(12);
            cursor.Ensure(90);
            outline.Outlines.Add(ResultsSection.Title, cursor.Page);
            ResultsSection.Draw(cursor, process.Results);
        }

        DiscussionPage.Draw(cursor, process);
        outline.Outlines.Add("Fragen für die Diskussion", cursor.Page);
    }
}
