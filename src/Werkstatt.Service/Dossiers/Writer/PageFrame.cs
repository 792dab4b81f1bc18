using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Werkstatt.Domain.Common;
using Werkstatt.Service.Dossiers.Content;

namespace Werkstatt.Service.Dossiers.Writer;

/// <summary>Header (network, Werkstatt) and footer ("Seite X von Y") on every page but the cover, drawn when Y is known.</summary>
internal static class PageFrame
{
    private static readonly XBrush Grey = new XSolidBrush(XColor.FromArgb(90, 90, 90));
    private static readonly XPen Line = new(XColor.FromArgb(190, 190, 190), 0.5);

    public static string PageLabel(int page, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"Seite {page} von {total}");

    public static void Draw(PdfDocument document, DossierFonts fonts, DossierContent content)
    {
        var total = document.PageCount;
        var stand = $"Vorabunterlagen · Stand {BerlinTime.FormatDate(content.GeneratedAt)}{(content.EditionNote is null ? string.Empty : " · " + content.EditionNote)}";
        for (var i = 1; i < total; i++)
        {
            var page = document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var left = PageCursor.Margin;
            var width = page.Width.Point - (2 * PageCursor.Margin);
            var top = PageCursor.Margin - 14;
            gfx.DrawString(content.NetworkName, fonts.Small, Grey, new XRect(left, top, width, 12), XStringFormats.TopLeft);
            gfx.DrawString(content.WerkstattTitle, fonts.Small, Grey, new XRect(left, top, width, 12), XStringFormats.TopRight);
            gfx.DrawLine(Line, left, top + 12, left + width, top + 12);
            var bottom = page.Height.Point - PageCursor.Margin + 4;
            gfx.DrawLine(Line, left, bottom, left + width, bottom);
            gfx.DrawString(stand, fonts.Small, Grey, new XRect(left, bottom + 3, width, 12), XStringFormats.TopLeft);
            gfx.DrawString(PageLabel(i + 1, total), fonts.Small, Grey, new XRect(left, bottom + 3, width, 12), XStringFormats.TopRight);
        }
    }
}
