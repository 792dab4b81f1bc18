namespace Werkstatt.Domain.WorkshopNotes;

/// <summary>Identifies one action item (Maßnahme).</summary>
public readonly record struct ActionItemId
{
    public ActionItemId(Guid value)
    {
        if (value == Guid.Empty)
        {
            throw new ArgumentException("Eine leere Kennung ist nicht zulässig.", nameof(value));
        }

        Value = value;
    }

    public Guid Value { get; }

    public static ActionItemId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
