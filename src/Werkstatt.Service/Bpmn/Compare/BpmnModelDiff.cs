using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Compare;

/// <summary>What changed between two versions of a model (flow nodes, pools, lanes, data, annotations; connections are left out).</summary>
public sealed record BpmnModelDiff(IReadOnlyList<BpmnElement> Added, IReadOnlyList<BpmnElement> Removed, IReadOnlyList<BpmnElementChange> Changed)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;

    /// <summary>
    /// Matches elements by id first; what is left by normalised name and type group (tools that renumber ids on every
    /// export), then by normalised name alone (a task that became a user task).
    /// </summary>
    public static BpmnModelDiff Compare(BpmnModel before, BpmnModel after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var oldElements = before.Elements.Where(Compared).ToList();
        var newElements = after.Elements.Where(Compared).ToList();
        var newById = newElements.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var matched = new HashSet<BpmnElement>(ReferenceEqualityComparer.Instance);
        var changed = new List<BpmnElementChange>();
        var unmatchedOld = new List<BpmnElement>();
        foreach (var old in oldElements)
        {
            if (newById.TryGetValue(old.Id, out var current) && matched.Add(current))
            {
                AddIfChanged(changed, old, current);
            }
            else
            {
                unmatchedOld.Add(old);
            }
        }

        var removed = new List<BpmnElement>();
        var rest = newElements.Where(e => !matched.Contains(e)).ToList();
        foreach (var old in unmatchedOld)
        {
            var key = NameNormalizer.Normalize(old.Name);
            var match = key.Length == 0 ? null
                : rest.FirstOrDefault(e => Group(e.Kind) == Group(old.Kind) && NameNormalizer.Normalize(e.Name) == key)
                  ?? rest.FirstOrDefault(e => NameNormalizer.Normalize(e.Name) == key);
            if (match is null)
            {
                removed.Add(old);
                continue;
            }

            rest.Remove(match);
            AddIfChanged(changed, old, match);
        }

        return new BpmnModelDiff(rest, removed, changed);
    }

    private static void AddIfChanged(List<BpmnElementChange> changes, BpmnElement old, BpmnElement current)
    {
        var change = new BpmnElementChange(old, current);
        if (change.Renamed || change.KindChanged)
        {
            changes.Add(change);
        }
    }

    private static bool Compared(BpmnElement element) => !element.IsConnection;

    private static int Group(BpmnElementKind kind) =>
        BpmnKinds.IsActivity(kind) ? 1 : BpmnKinds.IsEvent(kind) ? 2 : BpmnKinds.IsGateway(kind) ? 3 : (int)kind;
}
