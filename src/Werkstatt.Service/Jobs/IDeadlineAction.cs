using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Jobs;

/// <summary>
/// What happens by itself when a milestone's deadline is reached (e.g. the voting closes). Registered per
/// milestone with <c>AddDeadlineAction&lt;T&gt;(MilestoneKind)</c>; only milestones with an action get a deadline job.
/// Must be idempotent: a job may run twice after a crash.
/// </summary>
public interface IDeadlineAction
{
    /// <summary>Returns a short German description of what was done (or why nothing was).</summary>
    Task<string> RunAsync(WerkstattAggregate werkstatt, CancellationToken cancellationToken);
}
