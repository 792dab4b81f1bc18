using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Staffing;

/// <summary>The assignment page: the Werkstatt, the offer of the actor's member (process managers) and the board (coordination).</summary>
public sealed record AssignmentPageView(WerkstattAggregate Werkstatt, OfferView? Offer, BoardView? Board);
