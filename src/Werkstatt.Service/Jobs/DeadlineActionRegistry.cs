using Werkstatt.Domain.Cycle;

namespace Werkstatt.Service.Jobs;

/// <summary>The milestones that have an <see cref="IDeadlineAction"/> registered.</summary>
public sealed class DeadlineActionRegistry
{
    private readonly HashSet<MilestoneKind> _kinds = [];

    public IReadOnlySet<MilestoneKind> Kinds => _kinds;

    internal void Add(MilestoneKind kind) => _kinds.Add(kind);
}
