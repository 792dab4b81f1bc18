namespace Werkstatt.Service.Bpmn.Drawing;

/// <summary>How a line is drawn: sequence flows solid, message flows dashed, associations dotted.</summary>
public enum LineStyle
{
    Solid = 1,
    Dashed = 2,
    Dotted = 3,
}
