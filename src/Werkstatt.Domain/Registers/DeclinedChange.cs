namespace Werkstatt.Domain.Registers;

/// <summary>A blueprint change the member decided not to take; it is not offered again (a later rename to another name is).</summary>
public sealed class DeclinedChange
{
    private DeclinedChange()
    {
        Value = string.Empty;
    }

    internal DeclinedChange(BlueprintChangeKind kind, Guid itemKey, string value)
    {
        Kind = kind;
        ItemKey = itemKey;
        Value = value;
    }

    public BlueprintChangeKind Kind { get; private set; }

    public Guid ItemKey { get; private set; }

    /// <summary>The new name for a declined rename; empty otherwise.</summary>
    public string Value { get; private set; }
}
