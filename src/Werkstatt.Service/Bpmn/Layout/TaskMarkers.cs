using Werkstatt.Service.Bpmn.Drawing;
using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Layout;

/// <summary>The small symbols of activities: the task type at the top left, loop/multi-instance/collapsed/ad-hoc at the bottom centre.</summary>
internal static class TaskMarkers
{
    private const double MarkerSize = 14;

    public static void TypeIcon(List<DrawItem> items, BpmnElementKind kind, DrawBox box, string id)
    {
        var x = box.X + 6;
        var y = box.Y + 6;
        var pen = BpmnStyle.Marker;
        switch (kind)
        {
            case BpmnElementKind.UserTask:
                items.Add(new PathBuilder().Move(x, y + 19).Line(x, y + 15).Curve(x, y + 10, x + 16, y + 10, x + 16, y + 15).Line(x + 16, y + 19).Close()
                    .Item(pen, BpmnStyle.Paper, id));
                items.Add(new EllipseItem(new DrawPoint(x + 8, y + 6), 4, 4, pen, BpmnStyle.Paper, id));
                break;
            case BpmnElementKind.ServiceTask:
                var c = new DrawPoint(x + 9, y + 9);
                var teeth = new PathBuilder();
                for (var i = 0; i < 8; i++)
                {
                    var a = i * Math.PI / 4;
                    teeth.Segment(c.X + (4 * Math.Cos(a)), c.Y + (4 * Math.Sin(a)), c.X + (8.5 * Math.Cos(a)), c.Y + (8.5 * Math.Sin(a)));
                }

                items.Add(teeth.Item(new Pen(3, BpmnStyle.Ink), null, id));
                items.Add(new EllipseItem(c, 6, 6, pen, BpmnStyle.Paper, id));
                items.Add(new EllipseItem(c, 2.5, 2.5, pen, BpmnStyle.Paper, id));
                break;
            case BpmnElementKind.ManualTask:
                items.Add(new PathBuilder().Move(x, y + 8).Line(x + 6, y + 4).Line(x + 18, y + 4).Move(x + 9, y + 8).Line(x + 20, y + 8)
                    .Move(x + 9, y + 12).Line(x + 19, y + 12).Move(x + 9, y + 16).Line(x + 17, y + 16)
                    .Move(x, y + 8).Line(x, y + 16).Curve(x, y + 19, x + 3, y + 20, x + 6, y + 20).Line(x + 14, y + 20).Item(pen, null, id));
                break;
            case BpmnElementKind.ScriptTask:
                items.Add(new PathBuilder().Move(x + 3, y).Line(x + 15, y).Curve(x + 11, y + 4, x + 19, y + 12, x + 15, y + 17).Line(x + 3, y + 17)
                    .Curve(x + 7, y + 13, x - 1, y + 5, x + 3, y).Close().Segment(x + 5, y + 4, x + 12, y + 4).Segment(x + 7, y + 8.5, x + 14, y + 8.5)
                    .Segment(x + 7, y + 13, x + 14, y + 13).Item(pen, BpmnStyle.Paper, id));
                break;
            case BpmnElementKind.SendTask or BpmnElementKind.ReceiveTask:
                var send = kind == BpmnElementKind.SendTask;
                items.Add(new RectItem(new DrawBox(x, y + 2, 18, 12), 0, pen, send ? BpmnStyle.Ink : BpmnStyle.Paper, id));
                items.Add(new PathBuilder().Polyline(new(x, y + 2), new(x + 9, y + 9), new(x + 18, y + 2))
                    .Item(new Pen(1, send ? BpmnStyle.Paper : BpmnStyle.Ink), null, id));
                break;
            case BpmnElementKind.BusinessRuleTask:
                items.Add(new RectItem(new DrawBox(x, y + 2, 18, 14), 0, pen, BpmnStyle.Paper, id));
                items.Add(new RectItem(new DrawBox(x, y + 2, 18, 4), 0, pen, BpmnStyle.Ink, id));
                items.Add(new PathBuilder().Segment(x, y + 11, x + 18, y + 11).Segment(x + 5, y + 6, x + 5, y + 16).Item(pen, null, id));
                break;
        }
    }

    public static void Bottom(List<DrawItem> items, BpmnElement element, DrawBox box, bool collapsed)
    {
        var markers = new List<Action<double, double>>();
        var id = element.Id;
        var pen = BpmnStyle.Marker;
        switch (element.Loop)
        {
            case BpmnLoop.Standard:
                markers.Add((x, y) => items.Add(new PathBuilder().Move(x + 3, y + 12).Curve(x - 2, y + 8, x + 1, y + 1, x + 7, y + 1)
                    .Curve(x + 13, y + 1, x + 16, y + 8, x + 11, y + 12).Move(x + 3, y + 8).Line(x + 3, y + 12).Line(x - 1, y + 12).Item(pen, null, id)));
                break;
            case BpmnLoop.ParallelMultiInstance:
                markers.Add((x, y) => items.Add(new PathBuilder().Segment(x + 3, y, x + 3, y + 14).Segment(x + 7, y, x + 7, y + 14).Segment(x + 11, y, x + 11, y + 14)
                    .Item(new Pen(2, BpmnStyle.Ink), null, id)));
                break;
            case BpmnLoop.SequentialMultiInstance:
                markers.Add((x, y) => items.Add(new PathBuilder().Segment(x, y + 3, x + 14, y + 3).Segment(x, y + 7, x + 14, y + 7).Segment(x, y + 11, x + 14, y + 11)
                    .Item(new Pen(2, BpmnStyle.Ink), null, id)));
                break;
        }

        if (element.Kind == BpmnElementKind.AdHocSubProcess)
        {
            markers.Add((x, y) => items.Add(new PathBuilder().Move(x, y + 8).Curve(x + 3, y + 3, x + 6, y + 4, x + 7, y + 7).Curve(x + 8, y + 10, x + 11, y + 11, x + 14, y + 6)
                .Item(new Pen(1.5, BpmnStyle.Ink), null, id)));
        }

        if (collapsed)
        {
            markers.Add((x, y) =>
            {
                items.Add(new RectItem(new DrawBox(x, y, MarkerSize, MarkerSize), 0, pen, BpmnStyle.Paper, id));
                items.Add(new PathBuilder().Segment(x + 7, y + 3, x + 7, y + 11).Segment(x + 3, y + 7, x + 11, y + 7).Item(pen, null, id));
            });
        }

        var total = (markers.Count * MarkerSize) + ((markers.Count - 1) * 4);
        var left = box.Center.X - (total / 2);
        var top = box.Bottom - MarkerSize - 4;
        for (var i = 0; i < markers.Count; i++)
        {
            markers[i](left + (i * (MarkerSize + 4)), top);
        }
    }
}
