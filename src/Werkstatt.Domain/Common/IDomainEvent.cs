namespace Werkstatt.Domain.Common;

/// <summary>Something that happened in the domain; later features (notifications, jobs) subscribe to these.</summary>
public interface IDomainEvent
{
    DateTimeOffset OccurredAt { get; }
}
