using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Werkstatt.Service.Dossiers.Content;

namespace Werkstatt.Service.Dossiers.Storage;

/// <summary>The workshop-results part of a <see cref="DossierSummary"/>: per process with notes or action items their counts and a hash.</summary>
public static class ResultsSummary
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>"Name|notes|items|hash" per process with results; null when none has any (so older fingerprints stay).</summary>
    public static IReadOnlyList<string>? Of(DossierContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var lines = content.Processes.Where(p => !p.Results.IsEmpty).Select(p => string.Create(
            CultureInfo.InvariantCulture,
            $"{p.Name}|{p.Results.Notes.Count}|{p.Results.ActionItems.Count}|{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(p.Results, Json))))[..16]}")).ToList();
        return lines.Count == 0 ? null : lines;
    }

    /// <summary>German lines for processes whose workshop results were added, changed or removed.</summary>
    public static IEnumerable<string> Changes(IReadOnlyList<string>? now, IReadOnlyList<string>? before)
    {
        var old = (before ?? []).Select(Split).ToDictionary(x => x.Name, StringComparer.Ordinal);
        foreach (var line in (now ?? []).Select(Split))
        {
            if (!old.Remove(line.Name, out var was))
            {
                yield return $"{line.Name}: Ergebnisse der Werkstatt aufgenommen ({Counts(line)})";
            }
            else if (was != line)
            {
                yield return $"{line.Name}: Ergebnisse der Werkstatt aktualisiert ({Counts(line)})";
            }
        }

        foreach (var name in old.Keys)
        {
            yield return $"{name}: Ergebnisse der Werkstatt entfernt";
        }
    }

    private static string Counts((string Name, string Notes, string Items, string Hash) line) =>
        $"{line.Notes} {(line.Notes == "1" ? "Notiz" : "Notizen")}, {line.Items} {(line.Items == "1" ? "Maßnahme" : "Maßnahmen")}";

    private static (string Name, string Notes, string Items, string Hash) Split(string line)
    {
        var parts = line.Split('|');
        return parts.Length >= 4 ? (string.Join('|', parts[..^3]), parts[^3], parts[^2], parts[^1]) : (line, "0", "0", string.Empty);
    }
}
