namespace Werkstatt.Domain.Registers;

/// <summary>German names (as shown and as written in exported files) of statuses, priorities, attribute kinds and changes.</summary>
public static class RegisterNames
{
    public static string GermanName(this ProcessStatus status) => status switch
    {
        ProcessStatus.Recorded => "erfasst",
        ProcessStatus.Modelled => "modelliert",
        ProcessStatus.Optimised => "optimiert",
        ProcessStatus.Digitised => "digitalisiert",
        _ => status.ToString(),
    };

    public static string GermanName(this RegisterPriority priority) => priority switch
    {
        RegisterPriority.High => "hoch",
        RegisterPriority.Medium => "mittel",
        RegisterPriority.Low => "niedrig",
        _ => priority.ToString(),
    };

    public static string GermanName(this AttributeKind kind) => kind switch
    {
        AttributeKind.Text => "Text",
        AttributeKind.Number => "Zahl",
        AttributeKind.Choice => "Auswahl",
        AttributeKind.Date => "Datum",
        _ => kind.ToString(),
    };

    public static string GermanName(this BlueprintChangeKind kind) => kind switch
    {
        BlueprintChangeKind.Added => "neu",
        BlueprintChangeKind.Renamed => "umbenannt",
        BlueprintChangeKind.Removed => "entfernt",
        _ => kind.ToString(),
    };

    public static bool TryParseStatus(string? text, out ProcessStatus status) => TryParse(text, out status);

    public static bool TryParsePriority(string? text, out RegisterPriority priority) => TryParse(text, out priority);

    private static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        var trimmed = text?.Trim() ?? string.Empty;
        foreach (var candidate in Enum.GetValues<T>())
        {
            var german = candidate switch
            {
                ProcessStatus s => s.GermanName(),
                RegisterPriority p => p.GermanName(),
                _ => candidate.ToString(),
            };
            if (string.Equals(trimmed, german, StringComparison.OrdinalIgnoreCase) || string.Equals(trimmed, candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
