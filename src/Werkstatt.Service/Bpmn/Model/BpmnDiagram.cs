namespace Werkstatt.Service.Bpmn.Model;

/// <summary>One BPMNDiagram of the file: its plane's element (a process, collaboration or sub-process) and its shapes and edges.</summary>
public sealed record BpmnDiagram(string Id, string Name, string? PlaneElementId, IReadOnlyList<BpmnShape> Shapes, IReadOnlyList<BpmnEdge> Edges);
