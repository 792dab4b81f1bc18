namespace Werkstatt.Domain.Processes;

/// <summary>Identifies a process derived for one Werkstatt.</summary>
public readonly record struct ProcessId
{
    public ProcessId(Guid value)
    {
        if (value == Guid.Empty)
        {
            throw new ArgumentException("Eine leere Kennung ist nicht zulässig.", nameof(value));
        }

        Value = value;
    }

    public Guid Value { get; }

    public static ProcessId New() => new(Guid.CreateVersion7());

    public static bool TryParse(string? text, out ProcessId id)
    {
        if (Guid.TryParse(text, out var guid) && guid != Guid.Empty)
        {
            id = new ProcessId(guid);
            return true;
        }

        id = default;
        return false;
    }

    public override string ToString() => Value.ToString();
}
