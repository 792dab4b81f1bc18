using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Cycle.Events;
using Werkstatt.Service.Events;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Jobs;

/// <summary>
/// Inside the saving transaction: a planned, rescheduled or moved Werkstatt gets a re-plan request; a cancelled one
/// also loses the mails it had not sent yet.
/// </summary>
public sealed class WerkstattJobsHandler(WerkstattDbContext db, TimeProvider time, ReplanSignal signal) :
    IHandles<WerkstattPlanned>,
    IHandles<WerkstattRescheduled>,
    IHandles<WerkstattPhaseChanged>,
    IHandles<WerkstattCancelled>
{
    public Task HandleAsync(WerkstattPlanned domainEvent, CancellationToken cancellationToken) => Request(domainEvent?.WerkstattId);

    public Task HandleAsync(WerkstattRescheduled domainEvent, CancellationToken cancellationToken) => Request(domainEvent?.WerkstattId);

    public Task HandleAsync(WerkstattPhaseChanged domainEvent, CancellationToken cancellationToken) => Request(domainEvent?.WerkstattId);

    public async Task HandleAsync(WerkstattCancelled domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var id = domainEvent.WerkstattId.Value;
        var unsent = await db.Set<OutboxMessage>()
            .Where(m => m.WerkstattId == id && (m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Held))
            .ToListAsync(cancellationToken);
        foreach (var message in unsent)
        {
            message.Status = OutboxStatus.Cancelled;
            message.LastError = "Die Werkstatt wurde abgesagt.";
        }

        await Request(domainEvent.WerkstattId);
    }

    private Task Request(WerkstattId? id)
    {
        if (id is null)
        {
            throw new ArgumentNullException(nameof(id));
        }

        var value = id.Value.Value;
        if (!db.ChangeTracker.Entries<JobReplanRequest>().Any(e => e.State == EntityState.Added && e.Entity.WerkstattId == value))
        {
            db.Set<JobReplanRequest>().Add(new JobReplanRequest { WerkstattId = value, RequestedAt = time.GetUtcNow() });
        }

        signal.PulseAfterSave(db);

        return Task.CompletedTask;
    }
}
