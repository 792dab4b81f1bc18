namespace Werkstatt.Service.Bpmn.Outline;

/// <summary>
/// One entry of the list view of a model (for screen readers and files without a diagram). <see cref="Text"/> is German
/// and complete on its own ("Aufgabe „Antrag prüfen“"); <see cref="Lane"/> names the role doing the step, if any.
/// </summary>
public sealed record OutlineNode(OutlineNodeKind Kind, string Text, string? ElementId, string? Lane, IReadOnlyList<OutlineNode> Children);
