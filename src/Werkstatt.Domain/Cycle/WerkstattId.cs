namespace Werkstatt.Domain.Cycle;

/// <summary>Identifies one Werkstatt (process workshop).</summary>
public readonly record struct WerkstattId
{
    public WerkstattId(Guid value)
    {
        if (value == Guid.Empty)
        {
            throw new ArgumentException("Eine leere Kennung ist nicht zulässig.", nameof(value));
        }

        Value = value;
    }

    public Guid Value { get; }

    public static WerkstattId New() => new(Guid.CreateVersion7());

    public static bool TryParse(string? text, out WerkstattId id)
    {
        if (Guid.TryParse(text, out var guid) && guid != Guid.Empty)
        {
            id = new WerkstattId(guid);
            return true;
        }

        id = default;
        return false;
    }

    public override string ToString() => Value.ToString();
}
