using PdfSharp.Drawing;
using Werkstatt.Service.Bpmn.Drawing;

namespace Werkstatt.Service.Dossiers.Pdf;

/// <summary>Draws a line's end decorations in diagram units, pointing along the last (or first) segment.</summary>
internal static class ArrowHeads
{
    private const double Length = 10;
    private const double HalfWidth = 4;

    /// <summary><paramref name="tip"/> is the line's end, <paramref name="from"/> the point before it.</summary>
    public static void Draw(XGraphics gfx, ArrowHead head, DrawPoint from, DrawPoint tip, XPen pen)
    {
        var dx = tip.X - from.X;
        var dy = tip.Y - from.Y;
        var length = Math.Sqrt((dx * dx) + (dy * dy));
        if (head == ArrowHead.None || length < 1e-9)
        {
            return;
        }

        // Unit vector along the line towards the tip, and its normal.
        var ux = dx / length;
        var uy = dy / length;
        var nx = -uy;
        var ny = ux;
        var solid = new XPen(pen.Color, pen.Width) { LineJoin = XLineJoin.Miter };
        XPoint At(double along, double across) => new(tip.X - (ux * along) + (nx * across), tip.Y - (uy * along) + (ny * across));
        switch (head)
        {
            case ArrowHead.Filled:
                gfx.DrawPolygon(solid, new XSolidBrush(pen.Color), [At(0, 0), At(Length, HalfWidth), At(Length, -HalfWidth)], XFillMode.Winding);
                break;
            case ArrowHead.Open:
                gfx.DrawPolygon(solid, XBrushes.White, [At(0, 0), At(Length, HalfWidth), At(Length, -HalfWidth)], XFillMode.Winding);
                break;
            case ArrowHead.Circle:
                var c = At(HalfWidth, 0);
                gfx.DrawEllipse(solid, XBrushes.White, c.X - HalfWidth, c.Y - HalfWidth, 2 * HalfWidth, 2 * HalfWidth);
                break;
            case ArrowHead.Slash:
                gfx.DrawLine(solid, At(Length + 4, -6), At(Length - 4, 6));
                break;
            case ArrowHead.Diamond:
                gfx.DrawPolygon(solid, XBrushes.White, [At(0, 0), At(Length * 0.7, HalfWidth), At(Length * 1.4, 0), At(Length * 0.7, -HalfWidth)], XFillMode.Winding);
                break;
            default:
                break;
        }
    }
}
