using Werkstatt.Domain.Processes;

namespace Werkstatt.Domain.Library;

/// <summary>
/// The identity of a process within a network's library: its LeiKa key when it has one, else its normalised name,
/// so a later workshop on "Hundesteuer  anmelden" finds the entry of "Hundesteuer anmelden".
/// </summary>
public static class LibraryKey
{
    public const int MaxLength = 220;

    public static string For(LeikaKey? leikaKey, string name)
    {
        if (leikaKey is { } key)
        {
            return "leika:" + key.Value;
        }

        var normal = string.Join(' ', (name ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        var text = "name:" + normal;
        return text.Length <= MaxLength ? text : text[..MaxLength];
    }
}
