using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Staffing.Rules;

/// <summary>"Betrifft uns nicht" and "übernehmen wir" contradict each other.</summary>
public sealed class NotApplicableProcessesCannotBeClaimedRule(string process, bool notApplicable) : IBusinessRule
{
    public string Message => $"Ihre Verwaltung hat zu „{process}“ „betrifft uns nicht“ angegeben und kann den Prozess daher nicht übernehmen. Bitte zuerst den Wunsch ändern.";

    public bool IsBroken() => notApplicable;
}
