using Werkstatt.Service.Bpmn.Drawing;

namespace Werkstatt.Service.Bpmn.Layout;

/// <summary>The look: stroke widths, colours and font sizes of the drawing (one place for SVG and PDF).</summary>
internal static class BpmnStyle
{
    public const string Ink = "#1f2328";
    public const string Paper = "#ffffff";
    public const string LaneFill = "#ffffff";
    public const string TextColor = "#1f2328";
    public const double FontSize = 11;
    public const double PoolFontSize = 12;
    public const double TaskRadius = 10;
    public const double LabelStrip = 30;
    public const double Margin = 20;

    public static readonly Pen Shape = new(1.5, Ink);
    public static readonly Pen Thin = new(1, Ink);
    public static readonly Pen CallActivity = new(4, Ink);
    public static readonly Pen StartEvent = new(1.5, Ink);
    public static readonly Pen StartEventNonInterrupting = new(1.5, Ink, LineStyle.Dashed);
    public static readonly Pen EndEvent = new(4, Ink);
    public static readonly Pen Marker = new(1, Ink);
    public static readonly Pen GatewayMarker = new(3, Ink);
    public static readonly Pen SequenceFlow = new(1.5, Ink);
    public static readonly Pen MessageFlow = new(1.5, Ink, LineStyle.Dashed);
    public static readonly Pen Association = new(1.5, Ink, LineStyle.Dotted);
    public static readonly Pen Group = new(1.5, Ink, LineStyle.Dashed);
    public static readonly Pen EventSubProcess = new(1.5, Ink, LineStyle.Dotted);
}
