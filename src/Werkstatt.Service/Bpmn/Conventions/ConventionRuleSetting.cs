namespace Werkstatt.Service.Bpmn.Conventions;

/// <summary>A network's choice for one rule: on/off and, optionally, a severity other than the rule's default.</summary>
public sealed record ConventionRuleSetting(bool Enabled = true, ConventionSeverity? Severity = null);
