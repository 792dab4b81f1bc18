namespace Werkstatt.Service.Bpmn.Compare;

/// <summary>Two sets of names side by side: only in A, only in B, in both (as written in A and in B), matched by <see cref="NameNormalizer"/>.</summary>
public sealed record NameSetComparison(IReadOnlyList<string> OnlyInA, IReadOnlyList<string> OnlyInB, IReadOnlyList<(string A, string B)> InBoth)
{
    public static NameSetComparison Of(IEnumerable<string> a, IEnumerable<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var left = Distinct(a);
        var right = Distinct(b);
        var both = left.Where(l => right.ContainsKey(l.Key)).Select(l => (l.Value, right[l.Key])).ToList();
        return new NameSetComparison(
            [.. left.Where(l => !right.ContainsKey(l.Key)).Select(l => l.Value)],
            [.. right.Where(r => !left.ContainsKey(r.Key)).Select(r => r.Value)],
            both);
    }

    // Keeps the first spelling of each normalised name, in order.
    private static Dictionary<string, string> Distinct(IEnumerable<string> names)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var key = NameNormalizer.Normalize(name);
            if (key.Length > 0)
            {
                result.TryAdd(key, name.Replace('\n', ' '));
            }
        }

        return result;
    }
}
