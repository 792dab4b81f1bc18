using Werkstatt.Service.Bpmn.Drawing;

namespace Werkstatt.Service.Bpmn.Layout;

/// <summary>The box that covers every item of a drawing, plus a margin (so strokes, arrowheads and labels are not cut).</summary>
internal static class DrawingBounds
{
    public static DrawBox Of(IReadOnlyList<DrawItem> items, double margin)
    {
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        void Add(double x, double y)
        {
            minX = Math.Min(minX, x);
            minY = Math.Min(minY, y);
            maxX = Math.Max(maxX, x);
            maxY = Math.Max(maxY, y);
        }

        foreach (var item in items)
        {
            switch (item)
            {
                case RectItem r:
                    Add(r.Box.X, r.Box.Y);
                    Add(r.Box.Right, r.Box.Bottom);
                    break;
                case TextItem t:
                    Add(t.Box.X, t.Box.Y);
                    Add(t.Box.Right, t.Box.Bottom);
                    break;
                case EllipseItem e:
                    Add(e.Center.X - e.RadiusX, e.Center.Y - e.RadiusY);
                    Add(e.Center.X + e.RadiusX, e.Center.Y + e.RadiusY);
                    break;
                case PolygonItem p:
                    foreach (var point in p.Points)
                    {
                        Add(point.X, point.Y);
                    }

                    break;
                case LineItem l:
                    foreach (var point in l.Points)
                    {
                        Add(point.X, point.Y);
                    }

                    break;
                case PathItem path:
                    foreach (var command in path.Commands)
                    {
                        switch (command)
                        {
                            case MoveTo m:
                                Add(m.To.X, m.To.Y);
                                break;
                            case LineTo l:
                                Add(l.To.X, l.To.Y);
                                break;
                            case CurveTo c:
                                Add(c.To.X, c.To.Y);
                                Add(c.Control1.X, c.Control1.Y);
                                Add(c.Control2.X, c.Control2.Y);
                                break;
                        }
                    }

                    break;
            }
        }

        return minX > maxX ? new DrawBox(0, 0, 2 * margin, 2 * margin) : new DrawBox(minX - margin, minY - margin, maxX - minX + (2 * margin), maxY - minY + (2 * margin));
    }
}
