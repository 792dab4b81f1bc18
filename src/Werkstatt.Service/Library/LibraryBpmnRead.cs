using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Library;

/// <summary>The outcome of <see cref="LibraryBpmn.Read"/>: the model with its labels, or a refusal message.</summary>
public sealed record LibraryBpmnRead(BpmnModel? Model, IReadOnlyList<string> Labels, int ElementCount, string? Refusal);
