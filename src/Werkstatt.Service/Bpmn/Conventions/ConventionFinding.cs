namespace Werkstatt.Service.Bpmn.Conventions;

/// <summary>One broken convention: the rule, the effective severity, a German message naming the element, and the element ids to highlight.</summary>
public sealed record ConventionFinding(string RuleId, ConventionSeverity Severity, string Message, IReadOnlyList<string> ElementIds);
