namespace Werkstatt.Domain.Cycle;

/// <summary>One reason a schedule is not acceptable, tied to the field the user should correct.</summary>
public sealed record ScheduleProblem(string Field, string Message);
