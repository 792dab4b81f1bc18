using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Cycle.Events;
using Werkstatt.Service.Events;

namespace Werkstatt.Service.Library;

/// <summary>When the follow-up closes (the Werkstatt reaches Veröffentlicht), wakes the packaging loop.</summary>
public sealed class PublishedWerkstattHandler(LibrarySignal signal) : IHandles<WerkstattPhaseChanged>
{
    public Task HandleAsync(WerkstattPhaseChanged domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        if (domainEvent.To == Phase.Published)
        {
            // Pulsed before the commit; the loop re-checks on its interval, so a pulse that comes too early costs only time.
            signal.Pulse();
        }

        return Task.CompletedTask;
    }
}
