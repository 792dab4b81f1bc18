namespace Werkstatt.Service.Bpmn.Drawing;

/// <summary>An axis-aligned rectangle in diagram units (y grows downwards).</summary>
public readonly record struct DrawBox(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    public DrawPoint Center => new(X + (Width / 2), Y + (Height / 2));
}
