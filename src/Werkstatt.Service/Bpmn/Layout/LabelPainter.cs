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
        // Outside a shape there is room: widen rather than break a long word ("Meldebestätigung").
        var longestWord = text.Split(' ', '\n').Max(w => TextMeasure.Width(w, size));
        var width = Math.Max(Math.Max(anchor.Width, ExternalWidth), Math.Min(longestWord, 2 * ExternalWidth));
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

        // Next to the middle of the longest segment: above a horizontal one, right of a vertical one.
        var (a, b) = (points[0], points[1]);
        for (var i = 1; i < points.Count - 1; i++)
        {
            if (Length(points[i], points[i + 1]) > Length(a, b))
            {
                (a, b) = (points[i], points[i + 1]);
            }
        }

        var size = BpmnStyle.FontSize;
        var lines = TextWrapper.Wrap(text, ExternalWidth, size, 3);
        var width = lines.Max(l => TextMeasure.Width(l, size));
        var height = lines.Count * TextWrapper.LineHeight(size);
        var center = new DrawPoint((a.X + b.X) / 2, (a.Y + b.Y) / 2);
        var box = Math.Abs(b.X - a.X) >= Math.Abs(b.Y - a.Y)
            ? new DrawBox(center.X - (width / 2), center.Y - height - 3, width, height)
            : new DrawBox(center.X + 5, center.Y - (height / 2), width, height);
        items.Add(new TextItem(box, lines, size, false, TextAlign.Center, false, BpmnStyle.TextColor, elementId));
    }

    private static double Length(DrawPoint a, DrawPoint b) => Math.Sqrt(((b.X - a.X) * (b.X - a.X)) + ((b.Y - a.Y) * (b.Y - a.Y)));

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
