using PdfSharp.Drawing;
using Werkstatt.Service.Dossiers.Content;

namespace Werkstatt.Service.Dossiers.Writer;

/// <summary>A page of ruled lines for the reader's questions on one process.</summary>
internal static class DiscussionPage
{
    private const double Ruling = 24;
    private static readonly XPen Rule = new(XColor.FromArgb(170, 170, 170), 0.5);

    public static void Draw(PageCursor cursor, DossierProcess process)
    {
        cursor.NewPage();
        cursor.Paragraph($"Fragen für die Diskussion: {process.Name}", cursor.Fonts.Heading2);
        cursor.Paragraph("Notieren Sie hier, was Sie in der Werkstatt klären möchten.", cursor.Fonts.Note);
        cursor.Space(Ruling);
        while (cursor.Y + Ruling <= cursor.Area.Bottom)
        {
            cursor.Y += Ruling;
            cursor.Gfx.DrawLine(Rule, cursor.Area.Left, cursor.Y, cursor.Area.Right, cursor.Y);
        }
    }
}
