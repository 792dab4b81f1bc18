namespace Werkstatt.Domain.Network;

/// <summary>Identifies a person known to a network.</summary>
public readonly record struct PersonId
{
    public PersonId(Guid value)
    {
        if (value == Guid.Empty)
        {
            throw new ArgumentException("Eine leere Kennung ist nicht zulässig.", nameof(value));
        }

        Value = value;
    }

    public Guid Value { get; }

    public static PersonId New() => new(Guid.CreateVersion7());

    public static bool TryParse(string? text, out PersonId id)
    {
        if (Guid.TryParse(text, out var guid) && guid != Guid.Empty)
        {
            id = new PersonId(guid);
            return true;
        }

        id = default;
        return false;
    }

    public override string ToString() => Value.ToString();
}
