namespace Werkstatt.Service.Jobs.Dashboard;

/// <summary>A planned job as Quartz has it: its next fire time (none once it fired) and the Werkstatt it belongs to.</summary>
public sealed record PlannedJobView(string Group, string Name, string Description, Guid? WerkstattId, string? WerkstattTitle, DateTimeOffset? NextFireAt, string State);
