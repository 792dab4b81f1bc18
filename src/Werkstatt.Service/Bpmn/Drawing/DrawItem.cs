namespace Werkstatt.Service.Bpmn.Drawing;

/// <summary>
/// One primitive of a <see cref="Drawing"/>. Both outputs (SVG for the browser, PDFsharp for the dossier) draw exactly
/// these primitives, in list order, so the geometry is decided once. <see cref="ElementId"/> names the BPMN element the
/// primitive belongs to (for highlighting findings and for links); null for decoration.
/// </summary>
public abstract record DrawItem(string? ElementId);

/// <summary>A rectangle, optionally with rounded corners (tasks: radius 10).</summary>
public sealed record RectItem(DrawBox Box, double CornerRadius, Pen Pen, string? Fill, string? ElementId) : DrawItem(ElementId);

/// <summary>An ellipse (events are circles: RadiusX == RadiusY).</summary>
public sealed record EllipseItem(DrawPoint Center, double RadiusX, double RadiusY, Pen Pen, string? Fill, string? ElementId)
    : DrawItem(ElementId);

/// <summary>A closed polygon (gateways' diamonds, markers).</summary>
public sealed record PolygonItem(IReadOnlyList<DrawPoint> Points, Pen Pen, string? Fill, string? ElementId) : DrawItem(ElementId);

/// <summary>An open line through the points (flows, associations), with decorations at either end.</summary>
public sealed record LineItem(IReadOnlyList<DrawPoint> Points, Pen Pen, ArrowHead Start, ArrowHead End, string? ElementId)
    : DrawItem(ElementId);

/// <summary>A general path (markers such as the envelope, clock hands, the data object's folded corner).</summary>
public sealed record PathItem(IReadOnlyList<PathCommand> Commands, Pen Pen, string? Fill, string? ElementId) : DrawItem(ElementId);

/// <summary>
/// Text already broken into lines (wrapping happens once, in the geometry, with <see cref="TextMeasure"/>), drawn
/// inside <see cref="Box"/> with the given size. Rotated -90° for the vertical labels of pools and lanes: then the
/// lines run bottom-to-top along the box's height. Lines are <see cref="TextMeasure.LineSpacing"/> × font size apart,
/// starting at the top of the box (the geometry sizes and centres the box to fit the lines).
/// </summary>
public sealed record TextItem(
    DrawBox Box, IReadOnlyList<string> Lines, double FontSize, bool Bold, TextAlign Align, bool Vertical, string Color, string? ElementId)
    : DrawItem(ElementId);
