using Werkstatt.Service.Bpmn.Drawing;
using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Layout;

/// <summary>Events: circles (start thin, intermediate double, end thick, dashed when non-interrupting) and their definition symbol.</summary>
internal static class EventPainter
{
    public static void Paint(List<DrawItem> items, BpmnElement element, DrawBox box)
    {
        var c = box.Center;
        var r = Math.Max(Math.Min(box.Width, box.Height) / 2, 1);
        var id = element.Id;
        var dashed = !element.Interrupting;
        switch (element.Kind)
        {
            case BpmnElementKind.StartEvent:
                items.Add(new EllipseItem(c, r, r, dashed ? BpmnStyle.StartEventNonInterrupting : BpmnStyle.StartEvent, BpmnStyle.Paper, id));
                break;
            case BpmnElementKind.EndEvent:
                items.Add(new EllipseItem(c, r, r, BpmnStyle.EndEvent, BpmnStyle.Paper, id));
                break;
            default:
                var pen = dashed ? BpmnStyle.StartEventNonInterrupting : BpmnStyle.Shape;
                items.Add(new EllipseItem(c, r, r, pen, BpmnStyle.Paper, id));
                items.Add(new EllipseItem(c, r - 3, r - 3, pen, null, id));
                break;
        }

        var filled = element.Kind is BpmnElementKind.EndEvent or BpmnElementKind.IntermediateThrowEvent;
        Symbol(items, element.Definition, c, r / 18, filled, id);
    }

    private static void Symbol(List<DrawItem> items, BpmnEventDefinition definition, DrawPoint c, double s, bool filled, string id)
    {
        var fill = filled ? BpmnStyle.Ink : BpmnStyle.Paper;
        switch (definition)
        {
            case BpmnEventDefinition.Message:
                items.Add(new PathBuilder().Move(c.X - (9 * s), c.Y - (6 * s)).Line(c.X + (9 * s), c.Y - (6 * s)).Line(c.X + (9 * s), c.Y + (6 * s))
                    .Line(c.X - (9 * s), c.Y + (6 * s)).Close().Item(BpmnStyle.Marker, fill, id));
                items.Add(new PathBuilder().Polyline(P(c, s, -9, -6), P(c, s, 0, 1), P(c, s, 9, -6))
                    .Item(new Pen(1, filled ? BpmnStyle.Paper : BpmnStyle.Ink), null, id));
                break;
            case BpmnEventDefinition.Timer:
                items.Add(new EllipseItem(c, 11 * s, 11 * s, BpmnStyle.Marker, BpmnStyle.Paper, id));
                var ticks = new PathBuilder();
                for (var i = 0; i < 12; i++)
                {
                    var angle = i * Math.PI / 6;
                    ticks.Segment(c.X + (8.5 * s * Math.Cos(angle)), c.Y + (8.5 * s * Math.Sin(angle)), c.X + (11 * s * Math.Cos(angle)), c.Y + (11 * s * Math.Sin(angle)));
                }

                ticks.Polyline(P(c, s, 0, -7), P(c, s, 0, 0), P(c, s, 5, 2));
                items.Add(ticks.Item(BpmnStyle.Marker, null, id));
                break;
            case BpmnEventDefinition.Error:
                Polygon(items, c, s, fill, id, (-7, 8), (-2, -7), (2, 1), (7, -8), (2, 7), (-2, -1));
                break;
            case BpmnEventDefinition.Signal:
                Polygon(items, c, s, fill, id, (0, -10), (9, 6), (-9, 6));
                break;
            case BpmnEventDefinition.Escalation:
                Polygon(items, c, s, fill, id, (0, -10), (7, 8), (0, 2), (-7, 8));
                break;
            case BpmnEventDefinition.Conditional:
                var sheet = new PathBuilder().Move(c.X - (7 * s), c.Y - (9 * s)).Line(c.X + (7 * s), c.Y - (9 * s)).Line(c.X + (7 * s), c.Y + (9 * s))
                    .Line(c.X - (7 * s), c.Y + (9 * s)).Close();
                foreach (var y in new[] { -5.0, -1.5, 2, 5.5 })
                {
                    sheet.Segment(c.X - (5 * s), c.Y + (y * s), c.X + (5 * s), c.Y + (y * s));
                }

                items.Add(sheet.Item(BpmnStyle.Marker, BpmnStyle.Paper, id));
                break;
            case BpmnEventDefinition.Terminate:
                items.Add(new EllipseItem(c, 11 * s, 11 * s, BpmnStyle.Marker, BpmnStyle.Ink, id));
                break;
            case BpmnEventDefinition.Link:
                Polygon(items, c, s, fill, id, (-8, -4), (2, -4), (2, -9), (9, 0), (2, 9), (2, 4), (-8, 4));
                break;
            case BpmnEventDefinition.Compensation:
                Polygon(items, c, s, fill, id, (-10, 0), (-1, -7), (-1, 7));
                Polygon(items, c, s, fill, id, (-1, 0), (8, -7), (8, 7));
                break;
            case BpmnEventDefinition.Cancel:
                items.Add(new PathBuilder().Segment(c.X - (7 * s), c.Y - (7 * s), c.X + (7 * s), c.Y + (7 * s))
                    .Segment(c.X + (7 * s), c.Y - (7 * s), c.X - (7 * s), c.Y + (7 * s)).Item(new Pen(3 * s, BpmnStyle.Ink), null, id));
                break;
            case BpmnEventDefinition.Multiple:
                var pentagon = Enumerable.Range(0, 5).Select(i => (-Math.PI / 2) + (i * 2 * Math.PI / 5))
                    .Select(a => new DrawPoint(c.X + (10 * s * Math.Cos(a)), c.Y + (10 * s * Math.Sin(a)))).ToList();
                items.Add(new PolygonItem(pentagon, BpmnStyle.Marker, fill, id));
                break;
            case BpmnEventDefinition.ParallelMultiple:
                Polygon(items, c, s, BpmnStyle.Paper, id, (-2.5, -9), (2.5, -9), (2.5, -2.5), (9, -2.5), (9, 2.5), (2.5, 2.5), (2.5, 9), (-2.5, 9), (-2.5, 2.5), (-9, 2.5), (-9, -2.5), (-2.5, -2.5));
                break;
        }
    }

    private static DrawPoint P(DrawPoint c, double s, double x, double y) => new(c.X + (x * s), c.Y + (y * s));

    private static void Polygon(List<DrawItem> items, DrawPoint c, double s, string fill, string id, params (double X, double Y)[] points) =>
        items.Add(new PolygonItem([.. points.Select(p => P(c, s, p.X, p.Y))], BpmnStyle.Marker, fill, id));
}
