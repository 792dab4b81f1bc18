using Werkstatt.Service.Bpmn.Drawing;

namespace Werkstatt.Service.Bpmn.Model;

/// <summary>A DI edge: the waypoints of a connection (always at least two; shorter edges are dropped with a warning).</summary>
public sealed record BpmnEdge(string Id, string ElementId, IReadOnlyList<DrawPoint> Waypoints, DrawBox? LabelBounds);
