using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Staffing.Rules;

/// <summary>No member twice on one process.</summary>
public sealed class MembersClaimAProcessOnlyOnceRule(string process, bool alreadyClaimed) : IBusinessRule
{
    public string Message => $"Ihre Verwaltung hat den Prozess „{process}“ bereits übernommen.";

    public bool IsBroken() => alreadyClaimed;
}
