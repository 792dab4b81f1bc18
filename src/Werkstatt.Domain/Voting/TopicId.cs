namespace Werkstatt.Domain.Voting;

/// <summary>Identifies a proposed topic of one Werkstatt.</summary>
public readonly record struct TopicId
{
    public TopicId(Guid value)
    {
        if (value == Guid.Empty)
        {
            throw new ArgumentException("Eine leere Kennung ist nicht zulässig.", nameof(value));
        }

        Value = value;
    }

    public Guid Value { get; }

    public static TopicId New() => new(Guid.CreateVersion7());

    public static bool TryParse(string? text, out TopicId id)
    {
        if (Guid.TryParse(text, out var guid) && guid != Guid.Empty)
        {
            id = new TopicId(guid);
            return true;
        }

        id = default;
        return false;
    }

    public override string ToString() => Value.ToString();
}
