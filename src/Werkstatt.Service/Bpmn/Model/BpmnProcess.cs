namespace Werkstatt.Service.Bpmn.Model;

/// <summary>A process; <see cref="ParticipantId"/> is the pool that shows it, if the file has a collaboration.</summary>
public sealed record BpmnProcess(string Id, string Name, string? ParticipantId);
