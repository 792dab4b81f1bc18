namespace Werkstatt.Domain.WorkshopNotes;

/// <summary>Identifies one workshop note.</summary>
public readonly record struct WorkshopNoteId
{
    public WorkshopNoteId(Guid value)
    {
        if (value == Guid.Empty)
        {
            throw new ArgumentException("Eine leere Kennung ist nicht zulässig.", nameof(value));
        }

        Value = value;
    }

    public Guid Value { get; }

    public static WorkshopNoteId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
