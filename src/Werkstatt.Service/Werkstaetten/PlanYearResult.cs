namespace Werkstatt.Service.Werkstaetten;

/// <summary>What "plan the year" created, and which quarters it left out and why.</summary>
public sealed record PlanYearResult(IReadOnlyList<WerkstattView> Planned, IReadOnlyList<string> Skipped);
