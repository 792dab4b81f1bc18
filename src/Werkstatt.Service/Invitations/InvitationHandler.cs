using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Cycle.Events;
using Werkstatt.Domain.Invitations;
using Werkstatt.Domain.Workshop.Events;
using Werkstatt.Service.Events;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Invitations;

/// <summary>
/// Once invitations went out, a moved workshop day, a new place or link, or a cancellation is sent on by itself, in
/// the transaction of the change (decision: a domain event handler, so no coordinator can forget the update; before
/// the first sending nothing happens).
/// </summary>
public sealed class InvitationHandler(WerkstattDbContext db, InvitationSync sync) :
    IHandles<WerkstattRescheduled>,
    IHandles<WerkstattVenueChanged>,
    IHandles<WerkstattCancelled>,
    IHandles<AgendaTimesChanged>,
    IHandles<RoomCapacityChanged>
{
    /// <summary>A larger room seats people from the waiting list: they get their invitation now.</summary>
    public Task HandleAsync(RoomCapacityChanged domainEvent, CancellationToken cancellationToken) =>
        FollowAsync(domainEvent?.WerkstattId ?? throw new ArgumentNullException(nameof(domainEvent)), cancellationToken);

    /// <summary>Only a changed start or duration comes here (the domain raises nothing for a renamed slot).</summary>
    public Task HandleAsync(AgendaTimesChanged domainEvent, CancellationToken cancellationToken) =>
        FollowAsync(domainEvent?.WerkstattId ?? throw new ArgumentNullException(nameof(domainEvent)), cancellationToken);

    public Task HandleAsync(WerkstattRescheduled domainEvent, CancellationToken cancellationToken) =>
        domainEvent is { WorkshopDaysMoved: true } ? FollowAsync(domainEvent.WerkstattId, cancellationToken) : Task.CompletedTask;

    public Task HandleAsync(WerkstattVenueChanged domainEvent, CancellationToken cancellationToken) =>
        FollowAsync(domainEvent?.WerkstattId ?? throw new ArgumentNullException(nameof(domainEvent)), cancellationToken);

    public Task HandleAsync(WerkstattCancelled domainEvent, CancellationToken cancellationToken) =>
        FollowAsync(domainEvent?.WerkstattId ?? throw new ArgumentNullException(nameof(domainEvent)), cancellationToken);

    private async Task FollowAsync(WerkstattId id, CancellationToken cancellationToken)
    {
        var calendar = await db.Set<WerkstattCalendar>().FirstOrDefaultAsync(c => c.WerkstattId == id, cancellationToken);
        if (calendar is not { IsSent: true })
        {
            return;
        }

        // The tracked instance carries the change being saved.
        var werkstatt = await db.Werkstaetten.FirstAsync(w => w.Id == id, cancellationToken);
        await sync.SyncAsync(werkstatt, calendar, send: false, cancellationToken);
    }
}
