using System.Diagnostics;
using System.Globalization;
using Werkstatt.Domain.Blueprints;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Registers;
using Werkstatt.Service.Registers;
using Werkstatt.Service.Registers.Exchange;
using Werkstatt.Service.Registers.Library;

namespace Werkstatt.Bench;

/// <summary>
/// Registers of 2,000 and 5,000 entries (plus 2 own attributes each): export to CSV and Excel, import of the same file
/// (parse, check every row, apply), coverage against a 500-process library and proposals over 13 such registers.
/// Median of 5 runs after a warm-up; wall-clock milliseconds. Then the register page and exports through HTTP.
/// </summary>
public static class RegisterScale
{
    /// <summary>
    /// <c>registers [sizes…] [--http-only | --memory-only] [--requests N] [--postgres CONN] [--skip-sqlite]</c>: the
    /// in-memory figures below, then the page and exports through HTTP (<see cref="Registers.RegisterPageBenchmark"/>).
    /// </summary>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var sizes = args.Where((a, i) => int.TryParse(a, CultureInfo.InvariantCulture, out _) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal) || args[i - 1] is "--http-only" or "--memory-only" or "--skip-sqlite"))
            .Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList();
        if (!args.Contains("--http-only"))
        {
            Run(sizes.Count == 0 ? [2000, 5000] : sizes);
        }

        return args.Contains("--memory-only") || await Registers.RegisterPageBenchmark.RunAsync(sizes.Count == 0 ? [2000] : sizes, args) ? 0 : 1;
    }

    private static void Run(IReadOnlyList<int> sizes)
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var size in sizes)
        {
            var release = Release(size, now);
            var register = Build(release, now);
            var csv = RegisterExchangeService.Export(register, "Bench", RegisterFileFormat.Csv).Content;
            var xlsx = RegisterExchangeService.Export(register, "Bench", RegisterFileFormat.Xlsx).Content;
            var catalog = new LibraryCatalogView(
                release.Processes().Take(500).Select((p, i) => new LibraryProcess($"lib-{i}", p.Process.Name, null, new HashSet<MemberId>())).ToList(),
                new Dictionary<MemberId, IReadOnlySet<string>>());
            var network = Enumerable.Range(0, 13).Select(_ => Build(release, now)).ToList();
            Console.WriteLine($"register of {size:N0} entries: CSV {csv.Length / 1024:N0} KiB, Excel {xlsx.Length / 1024:N0} KiB");
            Report("export CSV", () => RegisterExchangeService.Export(register, "Bench", RegisterFileFormat.Csv));
            Report("export Excel", () => RegisterExchangeService.Export(register, "Bench", RegisterFileFormat.Xlsx));
            Report("import CSV (parse, check, apply)", () => Import(register, CsvFormat.Read(csv), now));
            Report("import Excel (parse, check, apply)", () => Import(register, XlsxFormat.Read(xlsx), now));
            Report("coverage + next (library of 500)", () => RegisterCoverage.Of(register, register.MemberId, new LibraryIndex(catalog)));
            Report("proposals over 13 registers", () => NetworkRegisterService.Proposals(network, new LibraryIndex(catalog)));
        }
    }

    private static int Import(Register register, IReadOnlyList<(int Line, IReadOnlyList<string> Cells)> table, DateTimeOffset now)
    {
        var (rows, custom, problems) = RegisterTable.Read(table);
        return problems.Count > 0 ? throw new InvalidOperationException(problems[0].ToString()) : register.Import(rows, custom, now, "Bench");
    }

    private static void Report(string what, Func<object> run)
    {
        run();
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"  {what,-38} median {times.Order().ElementAt(2),8:N1} ms  (min {times.Min():N1}, max {times.Max():N1})");
    }

    /// <summary>A published blueprint of <paramref name="size"/> processes in groups of 100 (the blueprint itself via <paramref name="blueprintOut"/>).</summary>
    internal static BlueprintRelease Release(int size, DateTimeOffset now, NetworkId? network = null, Action<Blueprint>? blueprintOut = null)
    {
        var blueprint = Blueprint.Create(network ?? new NetworkId(Guid.NewGuid()), BlueprintLevel.Kommune, now);
        blueprintOut?.Invoke(blueprint);
        Guid group = default;
        for (var i = 0; i < size; i++)
        {
            if (i % 100 == 0)
            {
                group = blueprint.AddGroup(null, $"Bereich {i / 100 + 1:00}", now).Key;
            }

            blueprint.AddProcess(group, $"Prozess {i:0000} – Antrag prüfen; „bescheiden“", null, "Beschreibung mit Umlauten: Gebühren, Änderungen", now);
        }

        return blueprint.Publish(now, "Bench");
    }

    /// <summary>The register of the release with every entry's attributes and two own attributes set.</summary>
    internal static Register Build(BlueprintRelease release, DateTimeOffset now, NetworkId? network = null, MemberId? member = null)
    {
        var register = Register.CreateFrom(network ?? new NetworkId(Guid.NewGuid()), member ?? new MemberId(Guid.NewGuid()), MemberLevel.Stadt, release, now, "Bench");
        var choice = register.DefineAttribute("Fachverfahren", AttributeKind.Choice, ["MESO", "VOIS", "OK.FIS"], now, "Bench").Id;
        var date = register.DefineAttribute("Geprüft am", AttributeKind.Date, null, now, "Bench").Id;
        var i = 0;
        foreach (var entry in register.Entries.ToList())
        {
            register.SetAttributes(entry.Id, new EntryAttributes("Fachbereich " + (i % 7), "Person " + (i % 13), i * 3, (RegisterPriority)(i % 3), (ProcessStatus)(i % 4), null), now, "Bench");
            register.SetValues(entry.Id, new Dictionary<Guid, string?> { [choice] = i % 2 == 0 ? "MESO" : "VOIS", [date] = "01.03.2026" }, now, "Bench");
            i++;
        }

        return register;
    }
}
