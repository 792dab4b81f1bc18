using Werkstatt.Domain.Cycle;

namespace Werkstatt.Service.MyTasks;

/// <summary>
/// One thing the user has to do: a German title ("Abstimmen") and description, a due instant (null: no deadline),
/// the page that does it, a kind (<see cref="MyTaskKinds"/> or a feature's own), the Werkstatt it belongs to
/// (null for network-wide tasks) and a priority.
/// </summary>
public sealed record MyTask(
    string Title,
    string Description,
    DateTimeOffset? Due,
    string Link,
    string Kind,
    WerkstattId? WerkstattId,
    string? WerkstattTitle,
    MyTaskPriority Priority = MyTaskPriority.Normal)
{
    /// <summary>Overdue is derived, never stored: the due instant has passed.</summary>
    public bool IsOverdue(DateTimeOffset now) => Due is { } due && due < now;
}
