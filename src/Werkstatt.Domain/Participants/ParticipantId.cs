namespace Werkstatt.Domain.Participants;

/// <summary>Identifies one participant registration of a Werkstatt.</summary>
public readonly record struct ParticipantId
{
    public ParticipantId(Guid value)
    {
        if (value == Guid.Empty)
        {
            throw new ArgumentException("Eine leere Kennung ist nicht zulässig.", nameof(value));
        }

        Value = value;
    }

    public Guid Value { get; }

    public static ParticipantId New() => new(Guid.CreateVersion7());

    public static bool TryParse(string? text, out ParticipantId id)
    {
        if (Guid.TryParse(text, out var guid) && guid != Guid.Empty)
        {
            id = new ParticipantId(guid);
            return true;
        }

        id = default;
        return false;
    }

    public override string ToString() => Value.ToString();
}
