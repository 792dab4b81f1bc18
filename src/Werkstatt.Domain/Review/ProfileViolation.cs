using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Review;

/// <summary>Thrown by <see cref="ProcessProfile.Create"/> with every invalid field, so a form can show each message at its field.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1032", Justification = "Only ever built from a list of profile problems.")]
public sealed class ProfileViolation : DomainRuleViolation
{
    public ProfileViolation(IReadOnlyList<ProfileProblem> problems)
        : base("ProfileFieldsMustBeValid", problems is { Count: > 0 } ? problems[0].Message : "Der Steckbrief ist unvollständig.", problems is { Count: > 0 } ? problems[0].Field : null)
    {
        Problems = problems;
    }

    public IReadOnlyList<ProfileProblem> Problems { get; }
}
