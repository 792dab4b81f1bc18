using Werkstatt.Service.Bpmn.Drawing;

namespace Werkstatt.Service.Bpmn.Layout;

/// <summary>Collects <see cref="PathCommand"/>s for markers; circles and arcs become cubic Béziers.</summary>
internal sealed class PathBuilder
{
    // Control point distance for a quarter circle.
    private const double Kappa = 0.5522847498;
    private readonly List<PathCommand> _commands = [];

    public IReadOnlyList<PathCommand> Commands => _commands;

    public PathBuilder Move(double x, double y)
    {
        _commands.Add(new MoveTo(new DrawPoint(x, y)));
        return this;
    }

    public PathBuilder Line(double x, double y)
    {
        _commands.Add(new LineTo(new DrawPoint(x, y)));
        return this;
    }

    public PathBuilder Curve(double x1, double y1, double x2, double y2, double x, double y)
    {
        _commands.Add(new CurveTo(new DrawPoint(x1, y1), new DrawPoint(x2, y2), new DrawPoint(x, y)));
        return this;
    }

    public PathBuilder Close()
    {
        _commands.Add(new ClosePath());
        return this;
    }

    public PathBuilder Segment(double x1, double y1, double x2, double y2) => Move(x1, y1).Line(x2, y2);

    public PathBuilder Polyline(params ReadOnlySpan<DrawPoint> points)
    {
        Move(points[0].X, points[0].Y);
        foreach (var point in points[1..])
        {
            Line(point.X, point.Y);
        }

        return this;
    }

    public PathBuilder Ellipse(double cx, double cy, double rx, double ry)
    {
        var kx = rx * Kappa;
        var ky = ry * Kappa;
        return Move(cx + rx, cy)
            .Curve(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry)
            .Curve(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy)
            .Curve(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry)
            .Curve(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy)
            .Close();
    }

    public PathItem Item(Pen pen, string? fill, string? elementId) => new([.. _commands], pen, fill, elementId);
}
