using Werkstatt.Service.Bpmn.Drawing;
using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Layout;

/// <summary>Gateways: a diamond with X (exclusive), + (parallel), O (inclusive), pentagon in circles (event-based) or * (complex).</summary>
internal static class GatewayPainter
{
    public static void Paint(List<DrawItem> items, BpmnElement element, DrawBox box)
    {
        var c = box.Center;
        var id = element.Id;
        items.Add(new PolygonItem(
            [new(c.X, box.Y), new(box.Right, c.Y), new(c.X, box.Bottom), new(box.X, c.Y)], BpmnStyle.Shape, BpmnStyle.Paper, id));
        var s = Math.Min(box.Width, box.Height) / 50;
        var a = 9 * s;
        switch (element.Kind)
        {
            case BpmnElementKind.ExclusiveGateway:
                items.Add(new PathBuilder().Segment(c.X - a, c.Y - a, c.X + a, c.Y + a).Segment(c.X + a, c.Y - a, c.X - a, c.Y + a).Item(Marker(s), null, id));
                break;
            case BpmnElementKind.ParallelGateway:
                items.Add(Plus(c, 12 * s, Marker(s), id));
                break;
            case BpmnElementKind.InclusiveGateway:
                items.Add(new EllipseItem(c, 10 * s, 10 * s, new Pen(2.5 * s, BpmnStyle.Ink), null, id));
                break;
            case BpmnElementKind.ComplexGateway:
                items.Add(Plus(c, 12 * s, Marker(s), id));
                items.Add(new PathBuilder().Segment(c.X - a, c.Y - a, c.X + a, c.Y + a).Segment(c.X + a, c.Y - a, c.X - a, c.Y + a).Item(Marker(s), null, id));
                break;
            case BpmnElementKind.EventBasedGateway:
                items.Add(new EllipseItem(c, 13 * s, 13 * s, BpmnStyle.Marker, null, id));
                items.Add(new EllipseItem(c, 10.5 * s, 10.5 * s, BpmnStyle.Marker, null, id));
                var pentagon = Enumerable.Range(0, 5).Select(i => (-Math.PI / 2) + (i * 2 * Math.PI / 5))
                    .Select(angle => new DrawPoint(c.X + (7 * s * Math.Cos(angle)), c.Y + (7 * s * Math.Sin(angle)))).ToList();
                items.Add(new PolygonItem(pentagon, BpmnStyle.Marker, null, id));
                break;
        }
    }

    private static Pen Marker(double s) => new(3 * s, BpmnStyle.Ink);

    private static PathItem Plus(DrawPoint c, double half, Pen pen, string id) =>
        new PathBuilder().Segment(c.X, c.Y - half, c.X, c.Y + half).Segment(c.X - half, c.Y, c.X + half, c.Y).Item(pen, null, id);
}
