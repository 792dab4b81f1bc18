namespace Werkstatt.Service.Dossiers.Content;

/// <summary>A deviation from the network's modelling conventions found in a model.</summary>
public sealed record ConventionFinding(string Text, FindingSeverity Severity);
