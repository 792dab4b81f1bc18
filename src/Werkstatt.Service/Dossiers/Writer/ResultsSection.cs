using Werkstatt.Domain.Common;
using Werkstatt.Domain.WorkshopNotes;

namespace Werkstatt.Service.Dossiers.Writer;

/// <summary>„Ergebnisse der Werkstatt“ in a process chapter: the notes grouped by kind, then the action items as a table.</summary>
internal static class ResultsSection
{
    public const string Title = "Ergebnisse der Werkstatt";

    public static void Draw(PageCursor cursor, RecordedResults results)
    {
        var fonts = cursor.Fonts;
        cursor.Heading(Title, fonts.Heading2);
        foreach (var group in results.Notes.GroupBy(n => n.Kind))
        {
            cursor.Heading(group.Key.GermanPlural(), fonts.Heading3, keepWith: 14);
            foreach (var note in group)
            {
                var member = note.MemberName is null ? string.Empty : $" ({note.MemberName})";
                cursor.Paragraph($"• {note.Text.Replace('\n', ' ')}{member}", fonts.Body, indent: 8);
            }
        }

        if (results.ActionItems.Count > 0)
        {
            cursor.Heading("Maßnahmen", fonts.Heading3, keepWith: 40);
            TableBlock.Draw(
                cursor, [0.46, 0.24, 0.15, 0.15], ["Maßnahme", "Verantwortlich", "Fällig am", "Stand"],
                results.ActionItems.Select(a => (IReadOnlyList<string?>)[a.Text.Replace('\n', ' '), a.OwnerName, BerlinTime.FormatDate(a.Due), a.Status == ActionItemStatus.Done ? "erledigt" : "offen"]));
        }
    }
}
