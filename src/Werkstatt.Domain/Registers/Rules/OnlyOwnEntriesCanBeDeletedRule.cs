using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Registers.Rules;

/// <summary>Entries from the blueprint are struck (with a reason), never deleted, so the blueprint can still be compared.</summary>
public sealed class OnlyOwnEntriesCanBeDeletedRule(string name, bool own) : IBusinessRule
{
    public string Message => $"„{name}“ stammt aus der Blaupause und kann nur gestrichen werden, nicht gelöscht.";

    public bool IsBroken() => !own;
}
