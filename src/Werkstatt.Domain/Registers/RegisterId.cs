namespace Werkstatt.Domain.Registers;

/// <summary>Identifies a member's process register.</summary>
public readonly record struct RegisterId
{
    public RegisterId(Guid value)
    {
        if (value == Guid.Empty)
        {
            throw new ArgumentException("Eine leere Kennung ist nicht zulässig.", nameof(value));
        }

        Value = value;
    }

    public Guid Value { get; }

    public static RegisterId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
