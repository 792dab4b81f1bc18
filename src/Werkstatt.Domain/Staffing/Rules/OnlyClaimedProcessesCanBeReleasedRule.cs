using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Staffing.Rules;

/// <summary>Releasing a claim needs a claim.</summary>
public sealed class OnlyClaimedProcessesCanBeReleasedRule(bool claimed) : IBusinessRule
{
    public string Message => "Ihre Verwaltung hat diesen Prozess nicht übernommen.";

    public bool IsBroken() => !claimed;
}
