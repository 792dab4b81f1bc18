using PdfSharp.Drawing;
using Werkstatt.Service.Bpmn.Drawing;
using Werkstatt.Service.Dossiers.Pdf;

namespace Werkstatt.Service.Dossiers.Writer;

/// <summary>
/// A model on landscape pages: scaled to fit on one page when that stays legible; otherwise an overview page with the
/// parts marked, then one page per part.
/// </summary>
internal static class DrawingPages
{
    /// <summary>Returns the number of the first page it wrote.</summary>
    public static int Draw(PageCursor cursor, string title, Drawing drawing)
    {
        cursor.NewPage(landscape: true);
        var first = cursor.PageNumber;
        var fonts = cursor.Fonts;
        cursor.Paragraph(title, fonts.Heading2);
        cursor.Space(4);
        var area = new XRect(cursor.Area.Left, cursor.Y, cursor.Area.Width, cursor.Area.Bottom - cursor.Y);
        var layout = DrawingLayout.Plan(drawing, area.Width, area.Height);
        PdfDrawingRenderer.RenderFitted(cursor.Gfx, drawing, area);
        if (!layout.IsTiled)
        {
            return first;
        }

        PdfDrawingRenderer.RenderTileGrid(cursor.Gfx, drawing, layout.Tiles, area, fonts.Small);
        for (var i = 0; i < layout.Tiles.Count; i++)
        {
            cursor.NewPage(landscape: true);
            cursor.Paragraph($"{title} – Teil {i + 1} von {layout.Tiles.Count}", fonts.Heading2);
            cursor.Space(4);
            var tileArea = new XRect(cursor.Area.Left, cursor.Y, cursor.Area.Width, cursor.Area.Bottom - cursor.Y);
            PdfDrawingRenderer.RenderRegion(cursor.Gfx, drawing, layout.Tiles[i], tileArea);
        }

        return first;
    }
}
