namespace Werkstatt.Domain.Assignment;

/// <summary>One member's bid on one process.</summary>
public sealed record SolverBid(string Member, string Process, Bid Bid);
