using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Werkstatt.Bench.Load;

/// <summary>Latencies per request kind, the expected refusals (a slot another member took a moment earlier) and the errors.</summary>
public sealed class LatencyRecorder
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _latencies = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _errors = new();
    private int _errorCount;
    private int _refused;

    public int Errors => _errorCount;

    public int Refused => _refused;

    public IEnumerable<string> FirstErrors => _errors.Take(10);

    public int Count => _latencies.Values.Sum(b => b.Count);

    public void Record(string kind, long startedTimestamp) =>
        _latencies.GetOrAdd(kind, _ => []).Add(Stopwatch.GetElapsedTime(startedTimestamp).TotalMilliseconds);

    public void Refusal() => Interlocked.Increment(ref _refused);

    public void Error(string what)
    {
        if (Interlocked.Increment(ref _errorCount) <= 10)
        {
            _errors.Enqueue(what);
        }
    }

    /// <summary>p50 and p99 over all requests (null) or one kind, in milliseconds.</summary>
    public (double P50, double P99, int Count) Percentiles(string? kind = null)
    {
        var all = (kind is null ? _latencies.Values.SelectMany(b => b) : _latencies.GetValueOrDefault(kind) ?? []).Order().ToArray();
        return all.Length == 0 ? (0, 0, 0) : (At(all, 0.50), At(all, 0.99), all.Length);
    }

    public IEnumerable<string> Kinds => _latencies.Keys.Order(StringComparer.Ordinal);

    public static string Ms(double value) => value.ToString(value < 10 ? "0.0" : "0", CultureInfo.InvariantCulture);

    private static double At(double[] sorted, double quantile) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
