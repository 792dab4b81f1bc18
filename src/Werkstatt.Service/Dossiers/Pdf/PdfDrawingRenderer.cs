using PdfSharp.Drawing;
using Werkstatt.Service.Bpmn.Drawing;

namespace Werkstatt.Service.Dossiers.Pdf;

/// <summary>
/// Renders a <see cref="Drawing"/> as vector graphics onto an area of a PDF page: every primitive in list order, text as
/// real (selectable) text in the shipped font. The caller decides pages; <see cref="DrawingLayout"/> decides fit or tiles.
/// </summary>
public static class PdfDrawingRenderer
{
    /// <summary>The whole drawing, scaled to fit <paramref name="area"/> (never above <see cref="DrawingLayout.MaxScale"/>), centred.</summary>
    public static double RenderFitted(XGraphics gfx, Drawing drawing, XRect area)
    {
        ArgumentNullException.ThrowIfNull(drawing);
        var b = drawing.Bounds;
        var scale = b.Width <= 0 || b.Height <= 0 ? 1 : Math.Min(DrawingLayout.MaxScale, Math.Min(area.Width / b.Width, area.Height / b.Height));
        var width = b.Width * scale;
        var height = b.Height * scale;
        var target = new XRect(area.X + ((area.Width - width) / 2), area.Y + ((area.Height - height) / 2), width, height);
        RenderRegion(gfx, drawing, b, target);
        return scale;
    }

    /// <summary>The part <paramref name="region"/> of the drawing (diagram units) into <paramref name="area"/> (page units), clipped.</summary>
    public static void RenderRegion(XGraphics gfx, Drawing drawing, DrawBox region, XRect area)
    {
        ArgumentNullException.ThrowIfNull(gfx);
        ArgumentNullException.ThrowIfNull(drawing);
        if (region.Width <= 0 || region.Height <= 0)
        {
            return;
        }

        var scale = Math.Min(area.Width / region.Width, area.Height / region.Height);
        var state = gfx.Save();
        gfx.IntersectClip(new XRect(area.X, area.Y, region.Width * scale, region.Height * scale));
        gfx.TranslateTransform(area.X, area.Y);
        gfx.ScaleTransform(scale);
        gfx.TranslateTransform(-region.X, -region.Y);
        foreach (var item in drawing.Items)
        {
            PdfPrimitives.Draw(gfx, item);
        }

        gfx.Restore(state);
    }

    /// <summary>Marks where <paramref name="tiles"/> lie on an overview drawn by <see cref="RenderFitted"/> into the same area.</summary>
    public static void RenderTileGrid(XGraphics gfx, Drawing drawing, IReadOnlyList<DrawBox> tiles, XRect area, XFont labelFont)
    {
        ArgumentNullException.ThrowIfNull(drawing);
        ArgumentNullException.ThrowIfNull(tiles);
        var b = drawing.Bounds;
        var scale = Math.Min(DrawingLayout.MaxScale, Math.Min(area.Width / b.Width, area.Height / b.Height));
        var left = area.X + ((area.Width - (b.Width * scale)) / 2);
        var top = area.Y + ((area.Height - (b.Height * scale)) / 2);
        var pen = new XPen(XColor.FromArgb(0, 90, 170), 0.8) { DashStyle = XDashStyle.Dash };
        var brush = new XSolidBrush(XColor.FromArgb(0, 90, 170));
        for (var i = 0; i < tiles.Count; i++)
        {
            var t = tiles[i];
            var rect = new XRect(left + ((t.X - b.X) * scale), top + ((t.Y - b.Y) * scale), t.Width * scale, t.Height * scale);
            gfx.DrawRectangle(pen, rect);
            gfx.DrawString($"Teil {i + 1}", labelFont, brush, new XPoint(rect.X + 3, rect.Y + labelFont.Size + 2));
        }
    }
}
