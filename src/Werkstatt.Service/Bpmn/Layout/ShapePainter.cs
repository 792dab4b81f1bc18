using Werkstatt.Service.Bpmn.Drawing;
using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Layout;

/// <summary>Activities, pools and lanes, data objects and stores, annotations and groups.</summary>
internal static class ShapePainter
{
    public static void Activity(List<DrawItem> items, BpmnElement element, DrawBox box, bool expanded)
    {
        var id = element.Id;
        var pen = element.Kind == BpmnElementKind.CallActivity ? BpmnStyle.CallActivity
            : element.TriggeredByEvent ? BpmnStyle.EventSubProcess
            : BpmnStyle.Shape;
        items.Add(new RectItem(box, BpmnStyle.TaskRadius, pen, expanded ? null : BpmnStyle.Paper, id));
        if (element.Kind == BpmnElementKind.Transaction)
        {
            items.Add(new RectItem(new DrawBox(box.X + 3, box.Y + 3, Math.Max(box.Width - 6, 0), Math.Max(box.Height - 6, 0)), BpmnStyle.TaskRadius - 3, BpmnStyle.Shape, null, id));
        }

        TaskMarkers.TypeIcon(items, element.Kind, box, id);
        var collapsed = !expanded && (BpmnKinds.IsSubProcess(element.Kind) || element.Kind == BpmnElementKind.CallActivity);
        TaskMarkers.Bottom(items, element, box, collapsed && element.Kind != BpmnElementKind.CallActivity);
        var hasIcon = element.Kind is not (BpmnElementKind.Task or BpmnElementKind.CallActivity) && BpmnKinds.IsTask(element.Kind);
        var textBox = hasIcon ? new DrawBox(box.X, box.Y + 8, box.Width, Math.Max(box.Height - 16, 0)) : box;
        LabelPainter.Inside(items, element.Name, expanded ? box : textBox, id, top: expanded);
    }

    public static void PoolOrLane(List<DrawItem> items, BpmnElement element, BpmnShape shape)
    {
        var box = shape.Bounds;
        var pool = element.Kind == BpmnElementKind.Participant;
        items.Add(new RectItem(box, 0, BpmnStyle.Shape, pool ? BpmnStyle.Paper : null, element.Id));
        if (!pool && element.Name.Length == 0)
        {
            return;
        }

        if (shape.IsHorizontal)
        {
            var strip = new DrawBox(box.X, box.Y, Math.Min(BpmnStyle.LabelStrip, box.Width), box.Height);
            if (pool && (element.ProcessId is not null || element.Name.Length > 0) && box.Width > BpmnStyle.LabelStrip * 2)
            {
                items.Add(new LineItem([new(strip.Right, box.Y), new(strip.Right, box.Bottom)], BpmnStyle.Shape, ArrowHead.None, ArrowHead.None, element.Id));
            }

            // A black-box pool (no process) is labelled in its middle, horizontally.
            if (pool && element.ProcessId is null)
            {
                LabelPainter.Inside(items, element.Name, box, element.Id);
            }
            else
            {
                LabelPainter.Vertical(items, element.Name, strip, pool, element.Id);
            }
        }
        else
        {
            var strip = new DrawBox(box.X, box.Y, box.Width, Math.Min(BpmnStyle.LabelStrip, box.Height));
            items.Add(new LineItem([new(box.X, strip.Bottom), new(box.Right, strip.Bottom)], BpmnStyle.Shape, ArrowHead.None, ArrowHead.None, element.Id));
            LabelPainter.Strip(items, element.Name, strip, pool, element.Id);
        }
    }

    public static void DataObject(List<DrawItem> items, BpmnElement element, BpmnShape shape)
    {
        var b = shape.Bounds;
        var fold = Math.Min(10, Math.Min(b.Width, b.Height) / 3);
        items.Add(new PathBuilder().Move(b.X, b.Y).Line(b.Right - fold, b.Y).Line(b.Right, b.Y + fold).Line(b.Right, b.Bottom).Line(b.X, b.Bottom).Close()
            .Item(BpmnStyle.Shape, BpmnStyle.Paper, element.Id));
        items.Add(new PathBuilder().Polyline(new(b.Right - fold, b.Y), new(b.Right - fold, b.Y + fold), new(b.Right, b.Y + fold)).Item(BpmnStyle.Shape, null, element.Id));
        LabelPainter.External(items, element.Name, shape.LabelBounds, b, element.Id);
    }

    public static void DataStore(List<DrawItem> items, BpmnElement element, BpmnShape shape)
    {
        var b = shape.Bounds;
        var ry = Math.Min(8, b.Height / 6);
        var rx = b.Width / 2;
        var cx = b.Center.X;
        items.Add(new PathBuilder().Move(b.X, b.Y + ry).Line(b.X, b.Bottom - ry).Curve(b.X, b.Bottom + (ry / 3), b.Right, b.Bottom + (ry / 3), b.Right, b.Bottom - ry)
            .Line(b.Right, b.Y + ry).Close().Item(BpmnStyle.Shape, BpmnStyle.Paper, element.Id));
        items.Add(new EllipseItem(new DrawPoint(cx, b.Y + ry), rx, ry, BpmnStyle.Shape, BpmnStyle.Paper, element.Id));
        items.Add(new PathBuilder().Move(b.X, b.Y + (2.2 * ry)).Curve(b.X, b.Y + (3.5 * ry), b.Right, b.Y + (3.5 * ry), b.Right, b.Y + (2.2 * ry))
            .Item(BpmnStyle.Shape, null, element.Id));
        LabelPainter.External(items, element.Name, shape.LabelBounds, b, element.Id);
    }

    public static void Annotation(List<DrawItem> items, BpmnElement element, DrawBox b)
    {
        var arm = Math.Min(15, b.Width);
        items.Add(new PathBuilder().Polyline(new(b.X + arm, b.Y), new(b.X, b.Y), new(b.X, b.Bottom), new(b.X + arm, b.Bottom)).Item(BpmnStyle.Shape, null, element.Id));
        if (element.Name.Length == 0)
        {
            return;
        }

        var lines = TextWrapper.Wrap(element.Name, Math.Max(b.Width - 10, 10), BpmnStyle.FontSize, Math.Max(1, (int)((b.Height - 4) / TextWrapper.LineHeight(BpmnStyle.FontSize))));
        var height = lines.Count * TextWrapper.LineHeight(BpmnStyle.FontSize);
        items.Add(new TextItem(
            new DrawBox(b.X + 5, b.Y + ((b.Height - height) / 2), Math.Max(b.Width - 10, 10), height), lines, BpmnStyle.FontSize, false, TextAlign.Left, false, BpmnStyle.TextColor, element.Id));
    }

    public static void Group(List<DrawItem> items, BpmnElement element, BpmnShape shape)
    {
        items.Add(new RectItem(shape.Bounds, BpmnStyle.TaskRadius, BpmnStyle.Group, null, element.Id));
        LabelPainter.External(items, element.Name, shape.LabelBounds, new DrawBox(shape.Bounds.X, shape.Bounds.Y, shape.Bounds.Width, 0) with { Y = shape.Bounds.Y - 22 }, element.Id);
    }
}
