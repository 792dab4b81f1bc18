namespace Werkstatt.Service.Bpmn.Import;

/// <summary>A refused file: a code for programs and a German message for people.</summary>
public sealed record BpmnRefusal(BpmnRefusalCode Code, string Message);
