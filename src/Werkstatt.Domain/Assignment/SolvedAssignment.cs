namespace Werkstatt.Domain.Assignment;

/// <summary>One member on one process, with a German explanation for the coordinator.</summary>
public sealed record SolvedAssignment(string Process, string Member, AssignmentSource Source, string Reason);
