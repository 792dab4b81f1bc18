using Werkstatt.Domain.Common;
using Werkstatt.Service.Dossiers.Content;

namespace Werkstatt.Service.Dossiers.Writer;

/// <summary>The timetable: one row per agenda slot, grouped by day through the time column.</summary>
internal static class AgendaSection
{
    public const string Title = "Tagesordnung";

    public static void Draw(PageCursor cursor, DossierContent content)
    {
        cursor.Heading(Title, cursor.Fonts.Heading1);
        if (content.Agenda.Count == 0)
        {
            cursor.Paragraph("Die Tagesordnung folgt.", cursor.Fonts.Note);
            return;
        }

        var rows = content.Agenda.OrderBy(s => s.Start).Select(s => (IReadOnlyList<string?>)
            [$"{BerlinTime.WeekdayName(BerlinTime.DateOf(s.Start))}, {BerlinTime.FormatDate(s.Start)}\n{BerlinTime.FormatTime(s.Start)}–{BerlinTime.FormatTime(s.End)} Uhr", s.Title, s.Note ?? string.Empty]);
        TableBlock.Draw(cursor, [0.3, 0.4, 0.3], ["Zeit", "Programmpunkt", "Hinweis"], rows);
    }
}
