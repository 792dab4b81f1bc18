using Werkstatt.Domain.Invitations;
using Werkstatt.Service.Invitations;

namespace Werkstatt.Web.Api.Dtos;

/// <summary>How a Werkstatt's invitations go out; with Microsoft 365 the Teams link and the last Graph failure.</summary>
public sealed record DeliveryDto(CalendarDelivery Delivery, bool TeamsMeeting, bool Sent, bool Microsoft365Available, string? JoinUrl, string? GraphError, bool GraphPending, int Version)
{
    public static DeliveryDto From(DeliveryView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new DeliveryDto(view.Delivery, view.TeamsMeeting, view.IsSent, view.Microsoft365Available, view.JoinUrl, view.GraphError, view.GraphPending, view.Version);
    }
}
