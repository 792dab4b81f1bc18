namespace Werkstatt.Service.Bpmn.Model;

/// <summary>Something noticed while reading that did not stop the import (German <see cref="Message"/>; a stable <see cref="Code"/>).</summary>
public sealed record BpmnProblem(string Code, string Message, string? ElementId = null);
