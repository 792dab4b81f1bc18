using Werkstatt.Service.Dossiers.Content;

namespace Werkstatt.Service.Dossiers.Writer;

/// <summary>The review part of a process chapter: convention findings, the reviewer's remarks, the comparison.</summary>
internal static class ReviewSection
{
    public static void Draw(PageCursor cursor, DossierProcess process)
    {
        var fonts = cursor.Fonts;
        cursor.Heading("Befunde zu den Konventionen", fonts.Heading2);
        if (process.Members.All(m => m.Findings.Count == 0))
        {
            cursor.Paragraph("Keine Befunde.", fonts.Note);
        }

        foreach (var member in process.Members.Where(m => m.Findings.Count > 0))
        {
            cursor.Heading(member.MemberName, fonts.Heading3, keepWith: 14);
            foreach (var finding in member.Findings.OrderByDescending(f => f.Severity))
            {
                cursor.Paragraph($"• {SeverityName(finding.Severity)}: {finding.Text}", fonts.Body, indent: 8);
            }
        }

        cursor.Heading("Anmerkungen der Qualitätssicherung", fonts.Heading2);
        if (process.Remarks.Count == 0)
        {
            cursor.Paragraph("Keine Anmerkungen.", fonts.Note);
        }

        foreach (var remark in process.Remarks)
        {
            var about = remark.MemberName is null ? string.Empty : $" zu {remark.MemberName}";
            cursor.Paragraph($"• {remark.Author}{about}: {remark.Text}", fonts.Body, indent: 8);
        }

        cursor.Heading("Vergleich der Modelle", fonts.Heading2);
        if (process.Members.Count < 2)
        {
            cursor.Paragraph("Diesen Prozess modelliert eine Verwaltung; es gibt keinen Vergleich.", fonts.Note);
        }
        else if (process.Comparison.Count == 0)
        {
            cursor.Paragraph("Der Vergleich liegt noch nicht vor.", fonts.Note);
        }
        else
        {
            TableBlock.Draw(
                cursor, [0.26, 0.37, 0.37], ["Aspekt", process.Members[0].MemberName, process.Members[1].MemberName],
                process.Comparison.Select(r => (IReadOnlyList<string?>)[r.Aspect, r.MemberA, r.MemberB]));
        }
    }

    public static string SeverityName(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "Fehler",
        FindingSeverity.Warning => "Warnung",
        _ => "Hinweis",
    };
}
