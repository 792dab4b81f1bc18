using Werkstatt.Service.Dossiers.Content;

namespace Werkstatt.Service.Dossiers.Storage;

/// <summary>The to-be part of a <see cref="DossierSummary"/>: per process with a to-be model its saved version and the file's hash.</summary>
public static class ToBeSummary
{
    /// <summary>"Name|version|sha" per process with a to-be model; null when none has one (so older fingerprints stay).</summary>
    public static IReadOnlyList<string>? Of(DossierContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var lines = content.Processes.Where(p => p.ToBe is not null).Select(p => $"{p.Name}|{p.ToBe!.Version}|{p.ToBe.Sha256}").ToList();
        return lines.Count == 0 ? null : lines;
    }

    /// <summary>German lines for to-be models that were added or replaced by a newer version.</summary>
    public static IEnumerable<string> Changes(IReadOnlyList<string>? now, IReadOnlyList<string>? before)
    {
        var old = (before ?? []).Select(Split).ToDictionary(x => x.Name, x => x.Version, StringComparer.Ordinal);
        foreach (var (name, version) in (now ?? []).Select(Split))
        {
            if (!old.TryGetValue(name, out var was))
            {
                yield return $"{name}: SOLL-Modell der Werkstatt aufgenommen (Version {version})";
            }
            else if (was != version)
            {
                yield return $"{name}: SOLL-Modell der Werkstatt jetzt in Version {version}";
            }
        }
    }

    private static (string Name, string Version) Split(string line)
    {
        var parts = line.Split('|');
        return parts.Length >= 3 ? (string.Join('|', parts[..^2]), parts[^2]) : (line, string.Empty);
    }
}
