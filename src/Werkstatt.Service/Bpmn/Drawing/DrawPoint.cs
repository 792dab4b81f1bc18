namespace Werkstatt.Service.Bpmn.Drawing;

/// <summary>A point in diagram units (BPMN DI pixels; y grows downwards).</summary>
public readonly record struct DrawPoint(double X, double Y);
