namespace Werkstatt.Domain.Network;

/// <summary>Identifies a member administration of a network.</summary>
public readonly record struct MemberId
{
    public MemberId(Guid value)
    {
        if (value == Guid.Empty)
        {
            throw new ArgumentException("Eine leere Kennung ist nicht zulässig.", nameof(value));
        }

        Value = value;
    }

    public Guid Value { get; }

    public static MemberId New() => new(Guid.CreateVersion7());

    public static bool TryParse(string? text, out MemberId id)
    {
        if (Guid.TryParse(text, out var guid) && guid != Guid.Empty)
        {
            id = new MemberId(guid);
            return true;
        }

        id = default;
        return false;
    }

    public override string ToString() => Value.ToString();
}
