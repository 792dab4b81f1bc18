using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Dossiers;
using Werkstatt.Service.Dossiers.Storage;
using Werkstatt.Service.Hosting;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Bench.DossierChanges;

/// <summary>
/// One pass of the dossier change detector over <c>--werkstaetten</c> (default 50) released Werkstätten in quality review
/// (two processes, three models and profiles each) with nothing changed: before (assemble every dossier and compare its
/// summary, the old <c>CheckForChangesAsync</c>) and after (<see cref="DossierChangeDetector"/>: the inputs' fingerprint).
/// Median of <c>--runs</c> (default 5). SQLite; PostgreSQL too when WERKSTATT_TEST_POSTGRES names a server.
/// </summary>
public static class DossierChangesBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var (count, runs) = (50, 5);
        for (var i = 0; i < args.Length - 1; i++)
        {
            count = args[i] == "--werkstaetten" ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : count;
            runs = args[i] == "--runs" ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : runs;
        }

        var ok = await RunProviderAsync("sqlite", null, count, runs);
        var postgres = Environment.GetEnvironmentVariable("WERKSTATT_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            ok &= await RunProviderAsync("postgres", postgres, count, runs);
        }

        return ok ? 0 : 1;
    }

    private static async Task<bool> RunProviderAsync(string provider, string? server, int count, int runs)
    {
        var directory = Directory.CreateTempSubdirectory("werkstatt-dossierbench-").FullName;
        var database = $"werkstatt_dossierbench_{Guid.NewGuid():N}"[..40];
        var connection = $"Data Source={Path.Combine(directory, "werkstatt.db")};Pooling=True";
        if (server is not null)
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
                ["Demo:Enabled"] = "true",
            });
            builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
            builder.Services.AddWerkstattService(builder.Configuration);
            using var host = builder.Build();
            await DatabaseInitializer.InitializeAsync(host.Services, seedDemo: true);

            var seeding = Stopwatch.StartNew();
            await SeedAsync(host.Services, count);
            Console.WriteLine($"{provider}: {count} released Werkstätten seeded and built in {seeding.Elapsed.TotalSeconds:N1} s");

            var before = new List<double>();
            var after = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                before.Add(await TimeAsync(host.Services, OldPassAsync));
                after.Add(await TimeAsync(host.Services, async s =>
                {
                    var check = await s.GetRequiredService<DossierChangeDetector>().CheckAsync(CancellationToken.None);
                    return check.Assembled == 0 && check.Queued == 0 && check.Checked == count ? 0 : throw new InvalidOperationException($"Unexpected: {check}");
                }));
            }

            Console.WriteLine($"  before (assemble all): median {Median(before):N0} ms   after (fingerprint): median {Median(after):N0} ms   ({Median(before) / Median(after):N0}×)");
            return true;
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

    private static async Task SeedAsync(IServiceProvider services, int count)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
            var network = await db.Networks.FirstAsync();
            var towns = await db.Members.Where(m => m.NetworkId == network.Id && m.Level == MemberLevel.Stadt).OrderBy(m => m.Name).Take(3).ToListAsync();
            var now = TimeProvider.System.GetUtcNow();
            for (var i = 1; i <= count; i++)
            {
                ReleasedWerkstattSeed.Add(network, towns, i, now, entity => db.Add(entity));
            }

            await db.SaveChangesAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
            var ids = await db.Werkstaetten.Where(w => w.Title.StartsWith("Bench-Werkstatt")).Select(w => w.Id).ToListAsync();
            foreach (var id in ids)
            {
                var released = await scope.ServiceProvider.GetRequiredService<DossierService>().ReleaseAsync(Actor.System, id);
                if (!released.IsSuccess)
                {
                    throw new InvalidOperationException(released.Error.Message);
                }
            }

            await scope.ServiceProvider.GetRequiredService<DossierBuilder>().ProcessPendingAsync("bench", CancellationToken.None);
        }
    }

    /// <summary>The detector before the fingerprint: every released, live Werkstatt's dossier assembled and its summary compared.</summary>
    private static async Task<int> OldPassAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<WerkstattDbContext>();
        var assembler = services.GetRequiredService<DossierAssembler>();
        var changed = 0;
        foreach (var werkstattId in await db.Set<Dossier>().AsNoTracking().Select(d => d.WerkstattId).Distinct().ToListAsync())
        {
            var werkstatt = await db.Werkstaetten.AsNoTracking().FirstOrDefaultAsync(w => w.Id == new WerkstattId(werkstattId));
            if (werkstatt is null || !DossierBuilder.LivePhases.Contains(werkstatt.Phase) || await db.Set<DossierRequest>().AnyAsync(r => r.WerkstattId == werkstattId && r.CompletedAt == null))
            {
                continue;
            }

            var latest = await db.Set<Dossier>().AsNoTracking().Where(d => d.WerkstattId == werkstattId).OrderByDescending(d => d.Number).FirstAsync();
            var content = await assembler.AssembleAsync(Actor.System, werkstatt.Id, null, CancellationToken.None);
            changed += content.IsSuccess && DossierSummary.Of(content.Value).Fingerprint() != latest.Fingerprint ? 1 : 0;
        }

        return changed == 0 ? 0 : throw new InvalidOperationException($"{changed} dossiers differ");
    }

    private static async Task<double> TimeAsync(IServiceProvider services, Func<IServiceProvider, Task<int>> pass)
    {
        await using var scope = services.CreateAsyncScope();
        var watch = Stopwatch.StartNew();
        await pass(scope.ServiceProvider);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
