namespace Werkstatt.Service.Bpmn.Conventions;

/// <summary>What a rule reports before the settings decide its severity.</summary>
public sealed record RuleViolation(string Message, IReadOnlyList<string> ElementIds);
