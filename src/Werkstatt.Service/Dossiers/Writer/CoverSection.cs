using PdfSharp.Drawing;
using Werkstatt.Domain.Common;
using Werkstatt.Service.Dossiers.Content;

namespace Werkstatt.Service.Dossiers.Writer;

/// <summary>Page 1: what, who, when, where.</summary>
internal static class CoverSection
{
    private static readonly XBrush Accent = new XSolidBrush(XColor.FromArgb(0, 70, 135));

    public static void Draw(PageCursor cursor, DossierContent content)
    {
        cursor.NewPage();
        var fonts = cursor.Fonts;
        cursor.Gfx.DrawRectangle(Accent, new XRect(0, 0, cursor.Page.Width.Point, 12));
        cursor.Y = cursor.Area.Top + 120;
        cursor.Paragraph("Vorabunterlagen", fonts.Title, brush: Accent);
        cursor.Space(10);
        cursor.Paragraph(content.WerkstattTitle, fonts.Subtitle);
        cursor.Space(6);
        cursor.Paragraph(content.NetworkName, fonts.Body);
        cursor.Space(40);
        cursor.Paragraph("Termine", fonts.Heading3);
        foreach (var day in content.Days)
        {
            cursor.Paragraph(DayLine(day), fonts.Body);
        }

        cursor.Space(12);
        cursor.Paragraph(content.Venue.Online ? "Online-Werkstatt" : "Ort", fonts.Heading3);
        cursor.Paragraph((content.Venue.Online ? content.Venue.MeetingUrl : content.Venue.Address) ?? "—", fonts.Body);
        if (content.Venue.TeamsJoinUrl is { } joinUrl)
        {
            cursor.Space(12);
            cursor.Paragraph("Teams-Besprechung", fonts.Heading3);
            cursor.Paragraph(joinUrl, fonts.Body);
        }

        cursor.Space(12);
        cursor.Paragraph("Prozesse", fonts.Heading3);
        cursor.Paragraph(content.Processes.Count == 0 ? "—" : string.Join(", ", content.Processes.Select(p => p.Name)), fonts.Body);
        cursor.Y = cursor.Area.Bottom - 40;
        cursor.Paragraph($"Stand: {BerlinTime.FormatDateTime(content.GeneratedAt)}{(content.EditionNote is null ? string.Empty : " · " + content.EditionNote)}", fonts.Small);
        cursor.Paragraph("Bitte lesen Sie die Unterlagen vor der Werkstatt; in der Werkstatt werden die Modelle gemeinsam besprochen.", fonts.Small);
    }

    public static string DayLine(WorkshopDay day)
    {
        var date = BerlinTime.DateOf(day.Start);
        return $"{BerlinTime.WeekdayName(date)}, {BerlinTime.FormatDate(date)}, {BerlinTime.FormatTime(day.Start)}–{BerlinTime.FormatTime(day.End)} Uhr";
    }
}
