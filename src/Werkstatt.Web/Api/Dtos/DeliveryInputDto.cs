using Werkstatt.Domain.Invitations;

namespace Werkstatt.Web.Api.Dtos;

/// <summary>Choosing the invitations' way (before the first sending); <c>version</c> is the delivery's (0 at first).</summary>
public sealed record DeliveryInputDto(CalendarDelivery? Delivery, bool? TeamsMeeting, int? Version);
