namespace Werkstatt.Domain.Cycle;

/// <summary>A milestone that falls on a weekend or public holiday, with the next working day offered instead.</summary>
public sealed record DateFlag(MilestoneKind Kind, DateOnly Date, string Reason, DateOnly SuggestedDate)
{
    public string Label => Milestone.GermanLabel(Kind);
}
