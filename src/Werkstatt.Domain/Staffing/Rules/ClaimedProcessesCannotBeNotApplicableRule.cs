using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Staffing.Rules;

/// <summary>A member cannot say "betrifft uns nicht" about a process it claimed.</summary>
public sealed class ClaimedProcessesCannotBeNotApplicableRule(string process, bool contradicts) : IBusinessRule
{
    public string Message => $"Ihre Verwaltung hat „{process}“ übernommen; „betrifft uns nicht“ passt dazu nicht. Bitte zuerst die Meldung zurückziehen.";

    public bool IsBroken() => contradicts;
}
