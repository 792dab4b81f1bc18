namespace Werkstatt.Domain.Assignment;

/// <summary>One member's bid on one process; a missing bid counts as <see cref="Bid.Can"/>.</summary>
public sealed record SolverBid(string Member, string Process, Bid Bid);
