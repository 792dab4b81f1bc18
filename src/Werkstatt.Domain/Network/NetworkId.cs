namespace Werkstatt.Domain.Network;

/// <summary>Identifies a network (Kooperationsprojekt).</summary>
public readonly record struct NetworkId
{
    public NetworkId(Guid value)
    {
        if (value == Guid.Empty)
        {
            throw new ArgumentException("Eine leere Kennung ist nicht zulässig.", nameof(value));
        }

        Value = value;
    }

    public Guid Value { get; }

    public static NetworkId New() => new(Guid.CreateVersion7());

    public static bool TryParse(string? text, out NetworkId id)
    {
        if (Guid.TryParse(text, out var guid) && guid != Guid.Empty)
        {
            id = new NetworkId(guid);
            return true;
        }

        id = default;
        return false;
    }

    public override string ToString() => Value.ToString();
}
