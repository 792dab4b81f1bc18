using System.Text;
using Werkstatt.Domain.Blueprints;

namespace Werkstatt.Service.Registers.Starter;

/// <summary>
/// The starter blueprints shipped with the app (embedded CSV, one per level: <c>Gruppe;Prozess;Beschreibung</c>, a
/// subgroup as "Gruppe &gt; Untergruppe"), written by us from the usual municipal tasks; no LeiKa keys, since a wrong one is
/// worse than none.
/// </summary>
public static class StarterBlueprints
{
    public static IReadOnlyList<(string Group, string Name, string Description)> Rows(BlueprintLevel level)
    {
        var name = level == BlueprintLevel.Kreis ? "starter/kreis.csv" : "starter/kommune.csv";
        using var stream = typeof(StarterBlueprints).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded starter blueprint {name} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var rows = new List<(string, string, string)>();
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (header || line.Trim().Length == 0)
            {
                header = false;
                continue;
            }

            var parts = line.Split(';', 3);
            rows.Add((parts[0].Trim(), parts[1].Trim(), parts.Length > 2 ? parts[2].Trim() : string.Empty));
        }

        return rows;
    }

    /// <summary>Fills an empty blueprint's working copy with the starter groups and processes.</summary>
    public static void Fill(Blueprint blueprint, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(blueprint);
        var groups = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var (group, name, description) in Rows(blueprint.Level))
        {
            Guid? parent = null;
            var path = string.Empty;
            foreach (var part in group.Split('>', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                path += "/" + part;
                if (!groups.TryGetValue(path, out var key))
                {
                    key = blueprint.AddGroup(parent, part, now).Key;
                    groups[path] = key;
                }

                parent = key;
            }

            blueprint.AddProcess(parent!.Value, name, null, description.Length == 0 ? null : description, now);
        }
    }
}
