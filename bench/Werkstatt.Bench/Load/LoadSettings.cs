using System.Globalization;

namespace Werkstatt.Bench.Load;

/// <summary>
/// Options of <c>load</c>: <c>--instances 1,2</c> (one run per count, each on a fresh copy of the seeded database),
/// <c>--networks 400 --members 15</c>, <c>--clients 48</c> (concurrent connections of the bench client),
/// <c>--ratio-seconds 8</c> (each of the /hallo and page runs), <c>--no-worker</c>,
/// <c>--warmup-networks N</c> (extra networks whose members make the whole visit before the window; default a tenth of
/// <c>--networks</c>, at least 20; 0: the earlier 8 s of read-only pages instead), <c>--trace FILE</c> (the instances and the
/// worker log every SQL command; their output goes to FILE: for finding hot spots, not for figures),
/// <c>--web-env KEY=VALUE</c> (repeatable: an environment variable for the web instances, e.g. a runtime setting to compare).
/// </summary>
public sealed record LoadSettings(IReadOnlyList<int> Instances, int Networks, int Members, int Clients, int RatioSeconds, bool Worker, string? Trace = null)
{
    /// <summary>Networks for the warm-up (<c>--warmup-networks</c>); null: a tenth of <see cref="Networks"/>, at least 20.</summary>
    public int? WarmupNetworksOption { get; init; }

    /// <summary>How many extra networks the warm-up visits before the window (not measured, checked on their own).</summary>
    public int WarmupNetworks => WarmupNetworksOption ?? Math.Max(20, (Networks + 9) / 10);

    /// <summary>Extra environment of the web instances (<c>--web-env</c>).</summary>
    public IReadOnlyDictionary<string, string> WebEnvironment { get; init; } = new Dictionary<string, string>();

    public static LoadSettings Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var settings = new LoadSettings([1, 2], 400, 15, 48, 8, true);
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Number() => int.Parse(Next(), CultureInfo.InvariantCulture);
            settings = args[i] switch
            {
                "--instances" => settings with { Instances = Next().Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList() },
                "--networks" => settings with { Networks = Number() },
                "--members" => settings with { Members = Number() },
                "--clients" => settings with { Clients = Number() },
                "--ratio-seconds" => settings with { RatioSeconds = Number() },
                "--no-worker" => settings with { Worker = false },
                "--warmup-networks" => settings with { WarmupNetworksOption = NotNegative(Number(), "--warmup-networks") },
                "--trace" => settings with { Trace = Next() },
                "--web-env" => settings with { WebEnvironment = With(settings.WebEnvironment, Next()) },
                _ => throw new ArgumentException($"unknown option {args[i]}; see docs/benchmarks.md"),
            };
        }

        return settings;
    }

    private static int NotNegative(int value, string option) => value >= 0 ? value : throw new ArgumentException($"{option} must not be negative");

    private static Dictionary<string, string> With(IReadOnlyDictionary<string, string> environment, string pair)
    {
        var split = pair.IndexOf('=', StringComparison.Ordinal);
        if (split <= 0)
        {
            throw new ArgumentException($"--web-env needs KEY=VALUE, not {pair}");
        }

        return new Dictionary<string, string>(environment) { [pair[..split]] = pair[(split + 1)..] };
    }
}
