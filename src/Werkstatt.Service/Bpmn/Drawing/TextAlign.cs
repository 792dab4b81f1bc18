namespace Werkstatt.Service.Bpmn.Drawing;

/// <summary>Horizontal alignment of the lines of a text item inside its box.</summary>
public enum TextAlign
{
    Left = 1,
    Center = 2,
}
