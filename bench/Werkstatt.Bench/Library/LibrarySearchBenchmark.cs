using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Hosting;
using Werkstatt.Service.Library;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Bench.Library;

/// <summary>
/// The library search at scale: one network with <c>--entries</c> library entries (default 100,000) and a second network
/// of 1,000 (searches must not see them), seeded in batches through EF; then a mix of searches through
/// <see cref="LibraryService.SearchAsync"/> (word from a task label, rare word, LeiKa key, topic, level, member, word +
/// filter), p50/p95 per kind and overall. SQLite always; PostgreSQL when <c>--postgres CONN</c> or
/// WERKSTATT_TEST_POSTGRES names a server (a fresh database is created on it and dropped afterwards).
/// </summary>
public static class LibrarySearchBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var entries = 100_000;
        string? postgres = Environment.GetEnvironmentVariable("WERKSTATT_TEST_POSTGRES");
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--entries")
            {
                entries = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--postgres")
            {
                postgres = args[i + 1];
            }
        }

        var ok = args.Contains("--skip-sqlite") || await RunProviderAsync("sqlite", null, entries);
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            ok &= await RunProviderAsync("postgres", postgres, entries);
        }
        else
        {
            Console.WriteLine("PostgreSQL: skipped (no --postgres and no WERKSTATT_TEST_POSTGRES; run under ./build.sh with-postgres)");
        }

        return ok ? 0 : 1;
    }

    private static async Task<bool> RunProviderAsync(string provider, string? server, int entries)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"werkstatt-libbench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var database = $"werkstatt_libbench_{Guid.NewGuid():N}"[..40];
        string connection;
        if (server is null)
        {
            connection = $"Data Source={Path.Combine(directory, "werkstatt.db")};Pooling=True";
        }
        else
        {
            await ExecuteAsync(server, $"CREATE DATABASE {database}");
            connection = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        }

        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider,
                ["ConnectionStrings:Werkstatt"] = connection,
                ["Storage:DataDirectory"] = directory,
            });
            builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
            builder.Services.AddWerkstattService(builder.Configuration);
            using var host = builder.Build();
            await DatabaseInitializer.InitializeAsync(host.Services, seedDemo: false);

            var seeding = Stopwatch.StartNew();
            LibrarySeed seed;
            await using (var scope = host.Services.CreateAsyncScope())
            {
                seed = await LibrarySeed.SeedAsync(scope.ServiceProvider.GetRequiredService<WerkstattDbContext>(), entries);
            }

            Console.WriteLine($"{provider}: seeded {entries:N0} + 1,000 entries (2 networks, {seed.Members.Count} members) in {seeding.Elapsed.TotalSeconds:N1} s");
            await using (var scope = host.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
                await db.Database.ExecuteSqlRawAsync(provider == "sqlite" ? "ANALYZE" : "ANALYZE library_entries");
            }

            return await MeasureAsync(host.Services, provider, seed);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            NpgsqlConnection.ClearAllPools();
            if (server is not null)
            {
                await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {database}");
            }

            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<bool> MeasureAsync(IServiceProvider services, string provider, LibrarySeed seed)
    {
        var random = new Random(7);
        var kinds = new (string Name, Func<LibraryQuery> Query)[]
        {
            ("Wort aus Aufgabe (häufig)", () => new LibraryQuery(LibrarySeed.CommonLabelWords[random.Next(LibrarySeed.CommonLabelWords.Length)])),
            ("Wort aus Aufgabe (selten)", () => new LibraryQuery(seed.RareWord(random.Next(seed.Count)))),
            ("LeiKa-Schlüssel", () => new LibraryQuery(LeikaKey: seed.LeikaOf(random.Next(seed.Count)))),
            ("Thema", () => new LibraryQuery(Topic: LibrarySeed.Topics[random.Next(LibrarySeed.Topics.Length)])),
            ("Ebene", () => new LibraryQuery(Level: random.Next(2) == 0 ? MemberLevel.Kreis : MemberLevel.Gemeinde)),
            ("Verwaltung", () => new LibraryQuery(MemberId: seed.Members[random.Next(seed.Members.Count)])),
            ("Wort + Thema", () => new LibraryQuery(LibrarySeed.CommonLabelWords[random.Next(LibrarySeed.CommonLabelWords.Length)], Topic: LibrarySeed.Topics[random.Next(LibrarySeed.Topics.Length)])),
        };
        var all = new List<double>();
        var pass = true;
        Console.WriteLine($"  {"search",-28} {"p50",8} {"p95",8} {"hits (avg)",11}");
        foreach (var (name, query) in kinds)
        {
            var times = new List<double>();
            var hits = 0L;
            for (var i = 0; i < 65; i++)
            {
                await using var scope = services.CreateAsyncScope();
                var library = scope.ServiceProvider.GetRequiredService<LibraryService>();
                var q = query();
                var watch = Stopwatch.StartNew();
                var result = await library.SearchAsync(Actor.System, seed.Network, q);
                var elapsed = watch.Elapsed.TotalMilliseconds;
                if (!result.IsSuccess)
                {
                    throw new InvalidOperationException(result.Error.Message);
                }

                if (result.Value.Count == 0 && name != "Ebene")
                {
                    throw new InvalidOperationException($"{name}: no hits for {q}");
                }

                if (i >= 5)
                {
                    times.Add(elapsed);
                    hits += result.Value.Count;
                }
            }

            all.AddRange(times);
            var p95 = Percentile(times, 0.95);
            pass &= p95 < 50;
            Console.WriteLine($"  {name,-28} {Percentile(times, 0.5),6:N1}ms {p95,6:N1}ms {hits / (double)times.Count,11:N1}");
        }

        Console.WriteLine($"  {"all (" + all.Count + " searches)",-28} {Percentile(all, 0.5),6:N1}ms {Percentile(all, 0.95),6:N1}ms   target p95 < 50 ms: {(pass ? "met" : "MISSED")} ({provider})");
        return pass;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
