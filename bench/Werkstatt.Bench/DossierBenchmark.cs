using System.Diagnostics;
using System.Globalization;
using Werkstatt.Service.Dossiers.Samples;
using Werkstatt.Service.Dossiers.Writer;

namespace Werkstatt.Bench;

/// <summary>
/// <c>dossier [PROCESSES] [RUNS]</c>: writes the pre-read dossier of PROCESSES processes (default 30) with two models
/// of about 60 drawing primitives each, RUNS times in one process (the first run is cold: JIT, font loading), and
/// prints wall and CPU time per run (CPU includes the JIT's and GC's threads; on a shared machine it is the steadier
/// figure), pages, size and the process's peak working set.
/// </summary>
public static class DossierBenchmark
{
    public static int Run(string[] args)
    {
        var processes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30;
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 6;
        var content = SampleDossiers.Create(processes, 11, DateTimeOffset.UtcNow);
        var primitives = content.Processes.SelectMany(p => p.Members).Select(m => m.Drawing!.Items.Count).ToList();
        Console.WriteLine($"dossier: {processes} processes, {primitives.Count} models, {primitives.Average():F0} primitives per model");
        var times = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            using var output = new MemoryStream();
            var pages = DossierWriter.Write(content, output);
            watch.Stop();
            var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            times.Add(watch.Elapsed.TotalMilliseconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run}{(run == 1 ? " (cold)" : string.Empty)}: {watch.Elapsed.TotalMilliseconds:F0} ms wall, {used.TotalMilliseconds:F0} ms CPU (all threads), {pages} pages, {output.Length / 1024} KB"));
        }

        var warm = times.Skip(1).Order().ToList();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cold {times[0]:F0} ms; warm median {(warm.Count == 0 ? double.NaN : warm[warm.Count / 2]):F0} ms, max {(warm.Count == 0 ? double.NaN : warm[^1]):F0} ms; peak working set {self.PeakWorkingSet64 / (1024 * 1024)} MB; allocated {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MB"));
        return 0;
    }
}
