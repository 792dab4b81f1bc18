using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Werkstatt.Service.Hosting;
using Werkstatt.Service.Jobs.Quartz;
using Werkstatt.Service.Mail;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Bench.Dispatch;

/// <summary>
/// The real scheduler and dispatcher in this process: <c>networks × people</c> voting reminders fall due (all at once, or
/// spread over <c>--spread</c> seconds), the reminder jobs write them into the outbox, the dispatcher sends them to the
/// pickup directory or a loopback SMTP server (aiosmtpd's discarding Sink). Prints throughput, lag from due to sent
/// (p50/p99) and memory while it runs.
/// </summary>
public static class DispatchBenchmark
{
    public static async Task<int> RunAsync(DispatchSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var directory = Path.Combine(Path.GetTempPath(), $"werkstatt-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        using var sink = settings.Transport == "smtp" ? await StartSinkAsync() : null;
        try
        {
            var configuration = Configuration(settings, directory, sink?.Port);
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
            builder.Configuration.AddInMemoryCollection(configuration);
            builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
            builder.Services.AddWerkstattService(builder.Configuration);
            builder.Services.AddSingleton<SchedulerHost>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<SchedulerHost>());
            using var host = builder.Build();
            await DatabaseInitializer.InitializeAsync(host.Services, seedDemo: false);

            var now = DateTimeOffset.UtcNow;
            var lead = TimeSpan.FromSeconds(settings.SpreadSeconds == 0 ? 0 : 60 + (settings.Networks / 10));
            var firstDue = settings.SpreadSeconds == 0 ? now.AddSeconds(-1) : now + lead;
            Console.WriteLine($"Seeding {settings.Networks} networks × {settings.People} process managers ({settings.Messages} reminders), transport {settings.Transport}, " +
                $"{(settings.SpreadSeconds == 0 ? "all due at once" : $"due over {settings.SpreadSeconds} s from {firstDue:HH:mm:ss}")} ...");
            var seeding = Stopwatch.StartNew();
            await using (var scope = host.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
                var role = await BenchSeeder.ProcessManagerRoleAsync(db);
                for (var i = 0; i < settings.Networks; i++)
                {
                    var due = firstDue + TimeSpan.FromSeconds(settings.SpreadSeconds * (double)i / settings.Networks);
                    await BenchSeeder.SeedNetworkAsync(db, i, settings.People, role, due, now);
                }
            }

            Console.WriteLine($"Seeded in {seeding.Elapsed.TotalSeconds:0.0} s; starting scheduler and dispatcher at {DateTimeOffset.UtcNow:HH:mm:ss}.");
            var run = Stopwatch.StartNew();
            await host.StartAsync();
            using var dispatcher = ActivatorUtilities.CreateInstance<DispatcherHost>(host.Services);
            if (!settings.Hold)
            {
                await dispatcher.StartAsync(CancellationToken.None);
            }

            var samples = await WatchAsync(host.Services, settings.Messages, run, settings.Hold ? dispatcher : null);
            await dispatcher.StopAsync(CancellationToken.None);
            await host.StopAsync();
            await ReportAsync(host.Services, settings, samples, run.Elapsed);
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static Dictionary<string, string?> Configuration(DispatchSettings settings, string directory, int? smtpPort)
    {
        var values = new Dictionary<string, string?>
        {
            ["Database:Provider"] = settings.Postgres is null ? "sqlite" : "postgres",
            ["ConnectionStrings:Werkstatt"] = settings.Postgres ?? $"Data Source={Path.Combine(directory, "werkstatt.db")};Pooling=True",
            ["Storage:DataDirectory"] = directory,
            ["Jobs:DispatchConcurrency"] = settings.Concurrency.ToString(CultureInfo.InvariantCulture),
            ["Jobs:ReplanInterval"] = "00:00:00.500",
            ["Jobs:DispatchPollInterval"] = "00:00:00.200",
        };
        if (smtpPort is { } port)
        {
            values["Mail:Smtp:Host"] = "127.0.0.1";
            values["Mail:Smtp:Port"] = port.ToString(CultureInfo.InvariantCulture);
            values["Mail:Smtp:StartTls"] = "false";
        }

        return values;
    }

    private static async Task<List<Sample>> WatchAsync(IServiceProvider services, int expected, Stopwatch run, DispatcherHost? held)
    {
        var samples = new List<Sample>();
        using var process = Process.GetCurrentProcess();
        while (run.Elapsed < TimeSpan.FromMinutes(40))
        {
            await Task.Delay(1000);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
            var written = await db.Set<OutboxMessage>().CountAsync();
            var sent = await db.Set<OutboxMessage>().CountAsync(m => m.Status == OutboxStatus.Sent);
            var failed = await db.Set<OutboxMessage>().CountAsync(m => m.Status == OutboxStatus.Failed);
            process.Refresh();
            var sample = new Sample(run.Elapsed, written, sent, GC.GetTotalMemory(false), process.WorkingSet64);
            samples.Add(sample);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sample.At.TotalSeconds,6:0} s  written {written,7}  sent {sent,7}  failed {failed}  heap {sample.Heap / 1048576.0,6:0.0} MiB  working set {sample.WorkingSet / 1048576.0,6:0.0} MiB"));
            if (sent + failed >= expected)
            {
                break;
            }

            if (held is not null && written >= expected)
            {
                // Everything is in the outbox: now measure the dispatcher alone.
                Console.WriteLine($"All {written} written after {run.Elapsed.TotalSeconds:0.0} s; starting the dispatcher.");
                await held.StartAsync(CancellationToken.None);
                held = null;
            }
        }

        return samples;
    }

    private static async Task ReportAsync(IServiceProvider services, DispatchSettings settings, List<Sample> samples, TimeSpan elapsed)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        var rows = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.SentAt != null).Select(m => new { m.DueAt, SentAt = m.SentAt!.Value }).ToListAsync();
        var lags = rows.Select(r => (r.SentAt - r.DueAt).TotalSeconds).Order().ToList();
        var firstSent = rows.Min(r => r.SentAt);
        var lastSent = rows.Max(r => r.SentAt);
        var window = (lastSent - firstSent).TotalSeconds;
        double Percentile(double p) => lags[Math.Clamp((int)Math.Ceiling(p * lags.Count) - 1, 0, lags.Count - 1)];
        var allWritten = samples.FirstOrDefault(x => x.Written >= settings.Messages);
        var heaps = samples.Select(s => s.Heap / 1048576.0).ToList();
        var sets = samples.Select(s => s.WorkingSet / 1048576.0).ToList();
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT transport={settings.Transport} provider={(settings.Postgres is null ? "sqlite" : "postgres")} networks={settings.Networks} people={settings.People} spread={settings.SpreadSeconds}s concurrency={settings.Concurrency}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT sent {rows.Count} of {settings.Messages} in {elapsed.TotalSeconds:0.0} s after start; first→last sent {window:0.0} s = {rows.Count / Math.Max(window, 0.001):0} msg/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT jobs wrote all {settings.Messages} reminders into the outbox {(allWritten is null ? "never" : $"by {allWritten.At.TotalSeconds:0} s = {settings.Messages / allWritten.At.TotalSeconds:0} msg/s")}{(settings.Hold ? "; dispatcher started only then" : string.Empty)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT lag due→sent p50 {Percentile(0.50):0.00} s, p99 {Percentile(0.99):0.00} s, max {lags[^1]:0.00} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT managed heap min/median/max {heaps.Min():0} / {heaps.Order().ElementAt(heaps.Count / 2):0} / {heaps.Max():0} MiB; working set min/median/max {sets.Min():0} / {sets.Order().ElementAt(sets.Count / 2):0} / {sets.Max():0} MiB"));
    }

    private static async Task<SinkProcess> StartSinkAsync()
    {
        using var probe = new TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var start = new ProcessStartInfo("/usr/bin/python3", ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Sink"]) { RedirectStandardError = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("python3 -m aiosmtpd did not start");
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(System.Net.IPAddress.Loopback, port);
                return new SinkProcess(process, port);
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException("aiosmtpd did not listen: " + await process.StandardError.ReadToEndAsync());
    }

    private sealed record Sample(TimeSpan At, int Written, int Sent, long Heap, long WorkingSet);

    private sealed class SinkProcess(Process process, int port) : IDisposable
    {
        public int Port { get; } = port;

        public void Dispose()
        {
            process.Kill();
            process.Dispose();
        }
    }
}
