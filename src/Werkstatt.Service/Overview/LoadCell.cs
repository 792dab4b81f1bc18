namespace Werkstatt.Service.Overview;

/// <summary>Processes assigned to a member in one Werkstatt, and the capacity it had offered there.</summary>
public sealed record LoadCell(int Assigned, int Capacity);
