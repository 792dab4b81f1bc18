using Werkstatt.Service.Bpmn.Drawing;

namespace Werkstatt.Service.Bpmn.Model;

/// <summary>A DI shape: where an element is drawn. <see cref="IsExpanded"/> is null when the file does not say.</summary>
public sealed record BpmnShape(string Id, string ElementId, DrawBox Bounds, DrawBox? LabelBounds, bool? IsExpanded, bool IsHorizontal);
