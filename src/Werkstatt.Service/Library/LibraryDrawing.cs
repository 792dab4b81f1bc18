using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Library;

/// <summary>A model ready to show: safe inline SVG (null without diagram information) and the elements as the text alternative.</summary>
public sealed record LibraryDrawing(string? Svg, IReadOnlyList<BpmnElement> Elements, string? Problem);
