namespace Werkstatt.Domain.Common;

/// <summary>Base of every aggregate: collects domain events and carries the optimistic concurrency version.</summary>
public abstract class AggregateRoot
{
    private readonly List<IDomainEvent> _events = [];

    /// <summary>Raised by one on every save; a stale value means someone else saved in between.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<IDomainEvent> DomainEvents => _events;

    public void ClearDomainEvents() => _events.Clear();

    /// <summary>Called by the persistence layer right before saving a modified aggregate.</summary>
    public void IncrementVersion() => Version++;

    protected void Raise(IDomainEvent domainEvent) => _events.Add(domainEvent);

    protected static void CheckRule(IBusinessRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.IsBroken())
        {
            throw new DomainRuleViolation(rule);
        }
    }
}
