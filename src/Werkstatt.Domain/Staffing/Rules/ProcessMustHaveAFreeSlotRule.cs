using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Staffing.Rules;

/// <summary>First come, first served: a process takes as many members as it needs modellers.</summary>
public sealed class ProcessMustHaveAFreeSlotRule(string process, bool free, string? reservedFor) : IBusinessRule
{
    public string Message => reservedFor is null
        ? $"Alle Plätze für „{process}“ sind schon vergeben."
        : $"„{process}“ ist ebenenübergreifend: ein Platz für den Kreis, einer für Stadt oder Gemeinde. Der Platz für {reservedFor} ist schon vergeben.";

    public bool IsBroken() => !free;
}
