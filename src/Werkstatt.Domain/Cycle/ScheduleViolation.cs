using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Cycle;

/// <summary>
/// The violation <see cref="Schedule.Create"/> throws: besides the combined message it keeps every problem with
/// its field, so that a form can show each message next to its own date field.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1032", Justification = "Only ever built from a list of schedule problems.")]
public sealed class ScheduleViolation : DomainRuleViolation
{
    public ScheduleViolation(IReadOnlyList<ScheduleProblem> problems)
        : base(
            RuleName(typeof(ScheduleMustBeConsistentRule)),
            new ScheduleMustBeConsistentRule(problems).Message,
            problems is { Count: > 0 } ? problems[0].Field : null)
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in the order of the form's fields.</summary>
    public IReadOnlyList<ScheduleProblem> Problems { get; }
}
