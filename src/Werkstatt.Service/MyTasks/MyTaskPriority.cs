namespace Werkstatt.Service.MyTasks;

/// <summary>How urgent a task is beside its due date; higher comes first among tasks due at the same time.</summary>
public enum MyTaskPriority
{
    Low,
    Normal,
    High,
}
