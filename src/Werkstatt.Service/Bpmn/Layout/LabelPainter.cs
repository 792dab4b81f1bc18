using Werkstatt.Service.Bpmn.Drawing;

namespace Werkstatt.Service.Bpmn.Layout;

/// <summary>Places wrapped labels: inside shapes (tasks), below or in DI label bounds (events, gateways, data, flows), vertical (pools, lanes).</summary>
internal static class LabelPainter
{
    private const double Padding = 5;
    private const double ExternalWidth = 90;

    /// <summary>Centred inside the box; lines that don't fit the height are cut with an ellipsis.</summary>
    public static void Inside(List<DrawItem> items, string text, DrawBox box, string elementId, bool top = false)
    {
        if (text.Length == 0)
        {
            return;
        }

        var size = BpmnStyle.FontSize;
        var lineHeight = TextWrapper.LineHeight(size);
        var width = Math.Max(box.Width - (2 * Padding), 10);
        var maxLines = Math.Max(1, (int)((box.Height - (2 * Padding)) / lineHeight));
        var lines = TextWrapper.Wrap(text, width, size, top ? 2 : maxLines);
        var height = lines.Count * lineHeight;
        var y = top ? box.Y + Padding : box.Y + ((box.Height - height) / 2);
        items.Add(new TextItem(new DrawBox(box.X + Padding, y, width, height), lines, size, false, TextAlign.Center, false, BpmnStyle.TextColor, elementId));
    }

    /// <summary>In the DI label bounds if the file has them (widened if they are narrow), else centred below the shape.</summary>
    public static void External(List<DrawItem> items, string text, DrawBox? labelBounds, DrawBox shape, string elementId)
    {
        if (text.Length == 0)
        {
            return;
        }

        var size = BpmnStyle.FontSize;
        var anchor = labelBounds ?? new DrawBox(shape.Center.X - (ExternalWidth / 2), shape.Bottom + 4, ExternalWidth, 0);
        var width = Math.Max(anchor.Width, ExternalWidth);
        var lines = TextWrapper.Wrap(text, width, size, 6);
        var height = lines.Count * TextWrapper.LineHeight(size);
        var x = anchor.Center.X - (width / 2);
        var y = labelBounds is { } given ? given.Center.Y - (height / 2) : anchor.Y;
        items.Add(new TextItem(new DrawBox(x, y, width, height), lines, size, false, TextAlign.Center, false, BpmnStyle.TextColor, elementId));
    }

    /// <summary>Label of a sequence or message flow: its DI label bounds, or next to the middle of the line.</summary>
    public static void ForEdge(List<DrawItem> items, string text, DrawBox? labelBounds, IReadOnlyList<DrawPoint> points, string elementId)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (labelBounds is not null)
        {
            External(items, text, labelBounds, labelBounds.Value, elementId);
            return;
        }

        var middle = points.Count / 2;
        var a = points[middle - 1];
        var b = points[middle];
        var center = new DrawPoint((a.X + b.X) / 2, (a.Y + b.Y) / 2);
        External(items, text, new DrawBox(center.X + 4, center.Y - 14, ExternalWidth, 14), new DrawBox(center.X, center.Y, 0, 0), elementId);
    }

    /// <summary>Vertical label of a pool or lane in its left strip, reading bottom to top.</summary>
    public static void Vertical(List<DrawItem> items, string text, DrawBox strip, bool bold, string elementId)
    {
        if (text.Length == 0)
        {
            return;
        }

        var size = bold ? BpmnStyle.PoolFontSize : BpmnStyle.FontSize;
        var lineHeight = TextWrapper.LineHeight(size);
        var maxLines = Math.Max(1, (int)(strip.Width / lineHeight));
        var lines = TextWrapper.Wrap(text, Math.Max(strip.Height - (2 * Padding), 10), size, maxLines);
        var thickness = lines.Count * lineHeight;
        var box = new DrawBox(strip.X + ((strip.Width - thickness) / 2), strip.Y + Padding, thickness, Math.Max(strip.Height - (2 * Padding), 10));
        items.Add(new TextItem(box, lines, size, bold, TextAlign.Center, true, BpmnStyle.TextColor, elementId));
    }

    /// <summary>Horizontal label in a strip at the top (vertical pools, i.e. isHorizontal="false").</summary>
    public static void Strip(List<DrawItem> items, string text, DrawBox strip, bool bold, string elementId)
    {
        if (text.Length == 0)
        {
            return;
        }

        var size = bold ? BpmnStyle.PoolFontSize : BpmnStyle.FontSize;
        var lines = TextWrapper.Wrap(text, Math.Max(strip.Width - (2 * Padding), 10), size, Math.Max(1, (int)(strip.Height / TextWrapper.LineHeight(size))));
        var height = lines.Count * TextWrapper.LineHeight(size);
        var box = new DrawBox(strip.X + Padding, strip.Y + ((strip.Height - height) / 2), Math.Max(strip.Width - (2 * Padding), 10), height);
        items.Add(new TextItem(box, lines, size, bold, TextAlign.Center, false, BpmnStyle.TextColor, elementId));
    }
}
