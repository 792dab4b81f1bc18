using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Cycle;

/// <summary>Milestones follow the cycle's order; the workshop has one or two proper days; follow-up comes after it.</summary>
public sealed class ScheduleMustBeConsistentRule(IReadOnlyList<ScheduleProblem> problems) : IBusinessRule
{
    public string Message => string.Join(" ", problems.Select(p => p.Message));

    public bool IsBroken() => problems.Count > 0;
}
