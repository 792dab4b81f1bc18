using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Voting;

/// <summary>The rules of one Werkstatt's vote: dots per member, dots per topic, and how many topics go on.</summary>
public sealed record VotingSettings
{
    public const int MaxBudget = 20;
    public const int MaxWinners = 50;

    public static readonly VotingSettings Default = new(3, 2, 5);

    public VotingSettings(int budget, int maxPerTopic, int winners)
    {
        if (budget is < 1 or > MaxBudget)
        {
            throw new DomainRuleViolation("BudgetMustBePlausible", $"Jede Verwaltung braucht zwischen 1 und {MaxBudget} Punkte.", nameof(Budget));
        }

        if (maxPerTopic < 1 || maxPerTopic > budget)
        {
            throw new DomainRuleViolation("LimitPerTopicMustFitTheBudget", $"Pro Thema sind 1 bis {budget} Punkte möglich (höchstens das Budget).", nameof(MaxPerTopic));
        }

        if (winners is < 1 or > MaxWinners)
        {
            throw new DomainRuleViolation("WinnersMustBePlausible", $"Es können 1 bis {MaxWinners} Themen weiterkommen.", nameof(Winners));
        }

        Budget = budget;
        MaxPerTopic = maxPerTopic;
        Winners = winners;
    }

    /// <summary>Dots per member.</summary>
    public int Budget { get; }

    /// <summary>Dots one member may give one topic.</summary>
    public int MaxPerTopic { get; }

    /// <summary>How many topics the close selects (the cut).</summary>
    public int Winners { get; }
}
