namespace Werkstatt.Service.Bpmn.Drawing;

/// <summary>One step of a <see cref="PathItem"/>.</summary>
public abstract record PathCommand;

public sealed record MoveTo(DrawPoint To) : PathCommand;

public sealed record LineTo(DrawPoint To) : PathCommand;

/// <summary>Cubic Bézier curve from the current point.</summary>
public sealed record CurveTo(DrawPoint Control1, DrawPoint Control2, DrawPoint To) : PathCommand;

public sealed record ClosePath : PathCommand;
