using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Voting.Rules;

/// <summary>A member has a budget of dots per Werkstatt.</summary>
public sealed class DotsMustNotExceedTheBudgetRule(int dots, int budget) : IBusinessRule
{
    public string Message => $"Sie haben {dots} Punkte verteilt, Ihre Verwaltung hat aber nur {budget}. Bitte höchstens {budget} Punkte vergeben.";

    public bool IsBroken() => dots > budget;
}
