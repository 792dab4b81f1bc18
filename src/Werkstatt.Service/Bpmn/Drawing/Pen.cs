namespace Werkstatt.Service.Bpmn.Drawing;

/// <summary>Stroke of a shape or line; colours as "#rrggbb".</summary>
public sealed record Pen(double Width, string Color = "#000000", LineStyle Style = LineStyle.Solid)
{
    public static Pen Thin { get; } = new(1);
}
