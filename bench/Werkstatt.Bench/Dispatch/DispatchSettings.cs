using System.Globalization;

namespace Werkstatt.Bench.Dispatch;

/// <summary>
/// Options of the dispatch benchmark: <c>--transport pickup|smtp</c>, <c>--networks N</c>, <c>--people N</c> (per network),
/// <c>--spread SECONDS</c> (0: every reminder due at once, a throughput run; &gt;0: due times spread evenly, a lag run),
/// <c>--concurrency N</c> (dispatcher loops), <c>--hold true</c> (start the dispatcher only once every reminder is in the
/// outbox, to measure it alone), <c>--postgres CONNECTIONSTRING</c> (default: a temp SQLite file).
/// </summary>
public sealed record DispatchSettings(string Transport, int Networks, int People, int SpreadSeconds, int Concurrency, bool Hold, string? Postgres)
{
    public int Messages => Networks * People;

    public static DispatchSettings Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        int Int(string key, int fallback) => values.TryGetValue(key, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
        return new DispatchSettings(
            values.GetValueOrDefault("transport", "pickup"),
            Int("networks", 1000),
            Int("people", 100),
            Int("spread", 0),
            Int("concurrency", 4),
            values.GetValueOrDefault("hold") == "true",
            values.GetValueOrDefault("postgres"));
    }
}
