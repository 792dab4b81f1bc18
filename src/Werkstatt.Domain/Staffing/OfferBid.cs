using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Processes;

namespace Werkstatt.Domain.Staffing;

/// <summary>A member's bid on one process; a process without a bid counts as "möglich".</summary>
public sealed record OfferBid(ProcessId ProcessId, Bid Bid);
