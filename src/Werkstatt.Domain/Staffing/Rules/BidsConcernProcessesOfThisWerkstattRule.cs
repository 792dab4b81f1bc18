using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Staffing.Rules;

/// <summary>Bids and claims name processes of the same Werkstatt.</summary>
public sealed class BidsConcernProcessesOfThisWerkstattRule(bool known) : IBusinessRule
{
    public string Message => "Diesen Prozess gibt es in dieser Werkstatt nicht.";

    public bool IsBroken() => !known;
}
