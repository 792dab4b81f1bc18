using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Werkstatt.Service.Dossiers.Writer;

/// <summary>
/// The table of contents in two passes: <see cref="Reserve"/> adds as many empty pages as the entries need (their
/// number is known before the layout), <see cref="Fill"/> writes the entries once every chapter's page is known.
/// </summary>
internal static class TocSection
{
    public const string Title = "Inhalt";
    private const double EntryHeight = 19;
    private const double HeadingHeight = 44;

    public static IReadOnlyList<int> Reserve(PageCursor cursor, int entries)
    {
        var pages = new List<int>();
        var left = entries;
        do
        {
            cursor.NewPage();
            pages.Add(cursor.PageNumber);
            left -= PerPage(cursor.Area.Height, pages.Count == 1);
        }
        while (left > 0);
        return pages;
    }

    public static void Fill(PdfDocument document, DossierFonts fonts, IReadOnlyList<int> pages, IReadOnlyList<TocEntry> entries)
    {
        var next = 0;
        for (var p = 0; p < pages.Count && next <= entries.Count; p++)
        {
            var page = document.Pages[pages[p] - 1];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var area = new XRect(PageCursor.Margin, PageCursor.Margin + PageCursor.HeaderSpace, page.Width.Point - (2 * PageCursor.Margin), page.Height.Point - (2 * PageCursor.Margin) - PageCursor.HeaderSpace - PageCursor.FooterSpace);
            var y = area.Top;
            if (p == 0)
            {
                gfx.DrawString(Title, fonts.Heading1, XBrushes.Black, new XRect(area.Left, y, area.Width, 30), XStringFormats.TopLeft);
                y += HeadingHeight;
            }

            var count = PerPage(area.Height, p == 0);
            for (var i = 0; i < count && next < entries.Count; i++, next++)
            {
                DrawEntry(gfx, fonts, entries[next], area, y);
                y += EntryHeight;
            }
        }
    }

    private static void DrawEntry(XGraphics gfx, DossierFonts fonts, TocEntry entry, XRect area, double y)
    {
        var number = entry.Page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var numberWidth = gfx.MeasureString(number, fonts.Body).Width;
        var title = Fit(gfx, entry.Title, fonts.Body, area.Width - 60);
        var titleWidth = gfx.MeasureString(title, fonts.Body).Width;
        gfx.DrawString(title, fonts.Body, XBrushes.Black, new XRect(area.Left, y, area.Width, EntryHeight), XStringFormats.TopLeft);
        gfx.DrawString(number, fonts.Body, XBrushes.Black, new XRect(area.Left, y, area.Width, EntryHeight), XStringFormats.TopRight);
        var dots = new XPen(XColor.FromArgb(160, 160, 160), 0.6) { DashStyle = XDashStyle.Dot };
        var baseline = y + (fonts.Body.Size * 1.05);
        gfx.DrawLine(dots, area.Left + titleWidth + 6, baseline, area.Right - numberWidth - 6, baseline);
    }

    private static string Fit(XGraphics gfx, string text, XFont font, double width)
    {
        if (gfx.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var length = text.Length;
        while (length > 1 && gfx.MeasureString(text[..length] + "…", font).Width > width)
        {
            length--;
        }

        return text[..length] + "…";
    }

    private static int PerPage(double areaHeight, bool first) => (int)Math.Floor((areaHeight - (first ? HeadingHeight : 0)) / EntryHeight);
}
