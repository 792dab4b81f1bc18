using Werkstatt.Domain.Invitations;

namespace Werkstatt.Service.Invitations;

/// <summary>
/// How a Werkstatt's invitations go out and, with Microsoft 365, where Graph stands: the Teams join link, the last
/// failure and whether a pass is still due. <see cref="Version"/> is the calendar's (0 before it exists).
/// </summary>
public sealed record DeliveryView(
    CalendarDelivery Delivery,
    bool TeamsMeeting,
    bool IsSent,
    int Version,
    bool Microsoft365Available,
    string? JoinUrl,
    string? GraphError,
    bool GraphPending)
{
    public static DeliveryView From(WerkstattCalendar? calendar, bool microsoft365Available) => calendar is null
        ? new DeliveryView(CalendarDelivery.Email, false, false, 0, microsoft365Available, null, null, false)
        : new DeliveryView(
            calendar.Delivery,
            calendar.TeamsMeeting,
            calendar.IsSent,
            calendar.Version,
            microsoft365Available,
            calendar.Days.OrderBy(d => d.Number).Select(d => d.JoinUrl).FirstOrDefault(u => u is not null),
            calendar.GraphError,
            calendar.GraphDueAt is not null);
}
