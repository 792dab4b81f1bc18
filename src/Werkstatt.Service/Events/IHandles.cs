using Werkstatt.Domain.Common;

namespace Werkstatt.Service.Events;

/// <summary>
/// Reacts to a domain event inside the saving transaction: whatever the handler adds to the (same, scoped)
/// <c>WerkstattDbContext</c> — outbox rows, job plans — is committed together with the change, or not at all.
/// </summary>
public interface IHandles<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
