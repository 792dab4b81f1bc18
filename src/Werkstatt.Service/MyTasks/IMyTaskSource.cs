namespace Werkstatt.Service.MyTasks;

/// <summary>
/// One feature's contribution to "Meine Aufgaben". Register each implementation with
/// <c>services.AddScoped&lt;IMyTaskSource, YourSource&gt;()</c> in the feature's own registration; <see cref="MyTasksService"/>
/// asks all of them. A source returns only what the context's actor has to do: member tasks for
/// <see cref="MyTaskContext.ManagedMember"/>, coordination tasks when <see cref="MyTaskContext.Coordinates"/>.
/// </summary>
public interface IMyTaskSource
{
    Task<IReadOnlyList<MyTask>> TasksAsync(MyTaskContext context, CancellationToken cancellationToken);
}
