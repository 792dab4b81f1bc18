using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Cycle.Events;
using Werkstatt.Service.Events;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Library;

/// <summary>When the follow-up closes (the Werkstatt reaches Veröffentlicht), wakes the packaging loop once the change is saved.</summary>
public sealed class PublishedWerkstattHandler(WerkstattDbContext db, LibrarySignal signal) : IHandles<WerkstattPhaseChanged>
{
    public Task HandleAsync(WerkstattPhaseChanged domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);

        // A pulse before the commit finds nothing to package, and the loop would only look again after its check
        // interval (ten minutes): the library stayed empty that long after publishing.
        if (domainEvent.To == Phase.Published)
        {
            signal.PulseAfterSave(db);
        }

        return Task.CompletedTask;
    }
}
