namespace Werkstatt.Service.Bpmn.Drawing;

/// <summary>The end decoration of a line.</summary>
public enum ArrowHead
{
    None = 1,

    /// <summary>Filled triangle (sequence flow).</summary>
    Filled = 2,

    /// <summary>Open, white-filled triangle (message flow end).</summary>
    Open = 3,

    /// <summary>Small white circle (message flow start).</summary>
    Circle = 4,

    /// <summary>Slash across the line near its start (default flow).</summary>
    Slash = 5,

    /// <summary>Small diamond (conditional flow out of a task).</summary>
    Diamond = 6,
}
