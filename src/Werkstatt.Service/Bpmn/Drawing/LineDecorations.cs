namespace Werkstatt.Service.Bpmn.Drawing;

/// <summary>
/// The geometry of a <see cref="LineItem"/>'s <see cref="ArrowHead"/>s as ordinary primitives, so that the SVG writer and
/// the PDF dossier draw identical arrowheads: draw the line, then these items.
/// </summary>
public static class LineDecorations
{
    private const string White = "#ffffff";

    public static IReadOnlyList<DrawItem> For(LineItem line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var items = new List<DrawItem>(2);
        if (line.Points.Count < 2)
        {
            return items;
        }

        Add(items, line, line.Start, line.Points[0], line.Points[1]);
        Add(items, line, line.End, line.Points[^1], line.Points[^2]);
        return items;
    }

    private static void Add(List<DrawItem> items, LineItem line, ArrowHead head, DrawPoint at, DrawPoint toward)
    {
        var dx = toward.X - at.X;
        var dy = toward.Y - at.Y;
        var length = Math.Sqrt((dx * dx) + (dy * dy));
        if (head == ArrowHead.None || length < 1e-9)
        {
            return;
        }

        // Unit vector along the line (into it) and its normal.
        var ux = dx / length;
        var uy = dy / length;
        var nx = -uy;
        var ny = ux;
        DrawPoint P(double along, double across) => new(at.X + (ux * along) + (nx * across), at.Y + (uy * along) + (ny * across));
        var pen = new Pen(1, line.Pen.Color);
        switch (head)
        {
            case ArrowHead.Filled:
                items.Add(new PolygonItem([at, P(11, 4), P(11, -4)], pen, line.Pen.Color, line.ElementId));
                break;
            case ArrowHead.Open:
                items.Add(new PolygonItem([at, P(11, 4), P(11, -4)], pen, White, line.ElementId));
                break;
            case ArrowHead.Circle:
                items.Add(new EllipseItem(P(4, 0), 4, 4, pen, White, line.ElementId));
                break;
            case ArrowHead.Slash:
                items.Add(new LineItem([P(6, 6), P(14, -6)], new Pen(1.5, line.Pen.Color), ArrowHead.None, ArrowHead.None, line.ElementId));
                break;
            case ArrowHead.Diamond:
                items.Add(new PolygonItem([at, P(7, 4.5), P(14, 0), P(7, -4.5)], pen, White, line.ElementId));
                break;
        }
    }
}
