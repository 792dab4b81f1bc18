using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Submissions;

/// <summary>
/// Compares two versions of one member's model for the reviewer. Elements are matched by id (modelling tools keep ids
/// when a file is saved again); an element whose id changed but whose kind and name did not counts as unchanged, so a
/// tool that renumbers on export does not flood the list. Connections are only counted.
/// </summary>
public static class ModelDiff
{
    public static VersionDiff Between(int fromNumber, BpmnModel from, int toNumber, BpmnModel to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var before = from.Elements.Where(e => !e.IsConnection).ToList();
        var after = to.Elements.Where(e => !e.IsConnection).ToList();
        var beforeIds = before.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var afterIds = after.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);

        var renamed = after
            .Where(e => beforeIds.Contains(e.Id))
            .Select(e => (New: e, Old: from.Find(e.Id)!))
            .Where(p => Normalise(p.New.Name) != Normalise(p.Old.Name))
            .Select(p => new DiffEntry(p.New.Id, p.New.Kind, p.New.Name, p.Old.Name))
            .ToList();
        var added = after.Where(e => !beforeIds.Contains(e.Id)).ToList();
        var removed = before.Where(e => !afterIds.Contains(e.Id)).ToList();

        // Same kind and name under a new id: the tool renumbered, nothing changed for the reader.
        var unmatched = removed.GroupBy(Key).ToDictionary(g => g.Key, g => g.Count());
        var stillAdded = new List<BpmnElement>();
        foreach (var element in added)
        {
            if (unmatched.TryGetValue(Key(element), out var count) && count > 0)
            {
                unmatched[Key(element)] = count - 1;
            }
            else
            {
                stillAdded.Add(element);
            }
        }

        var matchedAway = added.Except(stillAdded).GroupBy(Key).ToDictionary(g => g.Key, g => g.Count());
        var stillRemoved = new List<BpmnElement>();
        foreach (var element in removed)
        {
            if (matchedAway.TryGetValue(Key(element), out var count) && count > 0)
            {
                matchedAway[Key(element)] = count - 1;
            }
            else
            {
                stillRemoved.Add(element);
            }
        }

        var connectionsBefore = from.Elements.Where(e => e.IsConnection).Select(ConnectionKey).ToList();
        var connectionsAfter = to.Elements.Where(e => e.IsConnection).Select(ConnectionKey).ToList();
        return new VersionDiff(
            fromNumber, toNumber,
            stillAdded.Select(e => new DiffEntry(e.Id, e.Kind, e.Name)).ToList(),
            stillRemoved.Select(e => new DiffEntry(e.Id, e.Kind, e.Name)).ToList(),
            renamed,
            Difference(connectionsAfter, connectionsBefore),
            Difference(connectionsBefore, connectionsAfter));
    }

    /// <summary>Names compared without case and surrounding or repeated blanks (tools wrap labels with line breaks).</summary>
    public static string Normalise(string? name) =>
        string.Join(' ', (name ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    private static string Key(BpmnElement e) => $"{(int)e.Kind}|{Normalise(e.Name)}";

    private static string ConnectionKey(BpmnElement e) => $"{(int)e.Kind}|{e.SourceId}|{e.TargetId}";

    private static int Difference(List<string> a, List<string> b)
    {
        var remaining = b.GroupBy(x => x, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var count = 0;
        foreach (var key in a)
        {
            if (remaining.TryGetValue(key, out var n) && n > 0)
            {
                remaining[key] = n - 1;
            }
            else
            {
                count++;
            }
        }

        return count;
    }
}
