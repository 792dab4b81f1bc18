using Werkstatt.Domain.Cycle;

namespace Werkstatt.Service.MyTasks;

/// <summary>The tasks of one Werkstatt (or, with no id, of the network), sorted by due date.</summary>
public sealed record MyTaskGroup(WerkstattId? WerkstattId, string Title, IReadOnlyList<MyTask> Tasks);
