namespace Werkstatt.Domain.Library;

/// <summary>Identifies one process in a network's library.</summary>
public readonly record struct LibraryEntryId
{
    public LibraryEntryId(Guid value)
    {
        if (value == Guid.Empty)
        {
            throw new ArgumentException("Eine leere Kennung ist nicht zulässig.", nameof(value));
        }

        Value = value;
    }

    public Guid Value { get; }

    public static LibraryEntryId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
