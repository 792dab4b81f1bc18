namespace Werkstatt.Domain.Blueprints;

/// <summary>Identifies the blueprint of one level in one network.</summary>
public readonly record struct BlueprintId
{
    public BlueprintId(Guid value)
    {
        if (value == Guid.Empty)
        {
            throw new ArgumentException("Eine leere Kennung ist nicht zulässig.", nameof(value));
        }

        Value = value;
    }

    public Guid Value { get; }

    public static BlueprintId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
