using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Werkstatt.Service.Hosting;
using Werkstatt.Service.Persistence;
using Werkstatt.Tests.Shared.Cluster;

namespace Werkstatt.Bench.Registers;

/// <summary>
/// The register page and its exports through real HTTP: a network of 13 registers of N entries each seeded in a fresh database (SQLite file;
/// PostgreSQL too when WERKSTATT_TEST_POSTGRES or <c>--postgres</c> names a server), the built Werkstatt.Web (this
/// configuration, Production) started on loopback, a login through the form, then the first (cold) request and
/// <c>--requests</c> warm ones per URL, each timed until the whole body is read, and the web process's CPU time per warm
/// request. WERKSTATT_BENCH_SAVE=DIR keeps each page's HTML there.
/// </summary>
public static partial class RegisterPageBenchmark
{
    public static async Task<bool> RunAsync(IReadOnlyList<int> sizes, string[] args)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(args);
        var requests = Option(args, "--requests") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 20;
        var postgres = Option(args, "--postgres") ?? Environment.GetEnvironmentVariable("WERKSTATT_TEST_POSTGRES");
        var rows = new List<string>();
        var ok = true;
        foreach (var size in sizes)
        {
            if (!args.Contains("--skip-sqlite"))
            {
                ok &= await RunProviderAsync("sqlite", null, size, requests, rows);
            }

            if (!string.IsNullOrWhiteSpace(postgres))
            {
                ok &= await RunProviderAsync("postgres", postgres, size, requests, rows);
            }
        }

        if (string.IsNullOrWhiteSpace(postgres))
        {
            Console.WriteLine("PostgreSQL: skipped (no --postgres and no WERKSTATT_TEST_POSTGRES; run under ./build.sh with-postgres)");
        }

        Console.WriteLine();
        Console.WriteLine($"{DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {LoadAverage()}, {requests} warm requests each");
        Console.WriteLine("| provider | entries | request | cold ms | warm median ms | warm p95 ms | warm max ms | web CPU ms/request (warm) | size |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        rows.ForEach(Console.WriteLine);
        return ok;
    }

    private static async Task<bool> RunProviderAsync(string provider, string? server, int size, int requests, List<string> rows)
    {
        var directory = Directory.CreateTempSubdirectory("werkstatt-regbench-").FullName;
        var database = $"werkstatt_regbench_{Guid.NewGuid():N}"[..40];
        string connection;
        if (server is null)
        {
            connection = $"Data Source={Path.Combine(directory, "werkstatt.db")}";
        }
        else
        {
            await ExecuteAsync(server, $"CREATE DATABASE {database}");
            connection = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        }

        try
        {
            var seed = await SeedAsync(provider, connection, directory, size);
            var port = ChildProcess.FreePort();
            var dll = NginxConfig.BuiltDll("Werkstatt.Web");
            await using var web = ChildProcess.Start($"web {port}", "dotnet", [dll], new Dictionary<string, string>
            {
                ["Database__Provider"] = provider,
                ["ConnectionStrings__Werkstatt"] = connection,
                ["Storage__DataDirectory"] = Path.Combine(directory, "data"),
                ["Demo__Enabled"] = "false",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Logging__LogLevel__Default"] = "Warning",
                ["Urls"] = $"http://127.0.0.1:{port}",
                ["Jobs__RunInWeb"] = "false",
            }, Path.GetDirectoryName(dll));
            var baseAddress = new Uri($"http://127.0.0.1:{port}");
            using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
            using var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
            await LocalCluster.WaitUntilAsync(async () => await HealthyAsync(http), TimeSpan.FromSeconds(240), () => web.Log);
            await LoginAsync(http, seed);
            Console.WriteLine($"{provider}, {size:N0} entries: web app up, logged in as {seed.Email}; load average {LoadAverage()}");

            var ok = true;
            foreach (var (what, path) in new[]
            {
                ("register page", "/Register"),
                ("register page, filtered (status)", "/Register?status=Modelled"),
                ("register page, no row matches", "/Register?q=keinTreffer"),
                ("export CSV", "/Register?handler=Export&format=csv"),
                ("export Excel", "/Register?handler=Export&format=xlsx"),
            })
            {
                var (row, passed) = await MeasureAsync(http, web.Id, provider, size, what, path, requests);
                rows.Add(row);
                ok &= passed;
            }

            return ok;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            NpgsqlConnection.ClearAllPools();
            if (server is not null)
            {
                await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            }

            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<(string Row, bool Ok)> MeasureAsync(HttpClient http, int web, string provider, int size, string what, string path, int requests)
    {
        var uri = new Uri(path, UriKind.Relative);
        var (cold, body) = await GetAsync(http, uri);
        var warm = new List<double>();
        var cpu = CpuMs(web);
        for (var i = 0; i < requests; i++)
        {
            warm.Add((await GetAsync(http, uri)).Ms);
        }

        var cpuPerRequest = (CpuMs(web) - cpu) / requests;
        if (Environment.GetEnvironmentVariable("WERKSTATT_BENCH_SAVE") is { Length: > 0 } save)
        {
            await File.WriteAllTextAsync(Path.Combine(save, $"{provider}-{what.Replace(' ', '-').Replace(",", "", StringComparison.Ordinal)}.html"), body.Text);
        }

        warm.Sort();
        var median = warm[warm.Count / 2];
        var p95 = warm[Math.Min(warm.Count - 1, (int)Math.Ceiling(warm.Count * 0.95) - 1)];
        var detail = path.Contains("handler=Export", StringComparison.Ordinal) ? string.Empty : $", {TableRows().Count(body.Text):N0} table rows";
        Console.WriteLine($"  {what,-34} cold {cold,7:N1} ms   warm median {median,7:N1} ms  p95 {p95,7:N1} ms  max {warm[^1],7:N1} ms  web CPU {cpuPerRequest,5:N0} ms/request   {body.Bytes / 1024.0:N0} KiB{detail}");
        var row = string.Create(CultureInfo.InvariantCulture, $"| {provider} | {size:N0} | {what} | {cold:N0} | {median:N0} | {p95:N0} | {warm[^1]:N0} | {cpuPerRequest:N0} | {body.Bytes / 1024.0:N0} KiB{detail} |");
        return (row, median < 1000);
    }

    private static async Task<(double Ms, (long Bytes, string Text) Body)> GetAsync(HttpClient http, Uri uri)
    {
        var watch = Stopwatch.StartNew();
        using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseContentRead);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var ms = watch.Elapsed.TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {uri} answered {(int)response.StatusCode}");
        }

        var text = response.Content.Headers.ContentType?.MediaType == "text/html" ? System.Text.Encoding.UTF8.GetString(bytes) : string.Empty;
        return (ms, (bytes.LongLength, text));
    }

    private static async Task LoginAsync(HttpClient http, RegisterPageSeed seed)
    {
        var form = await http.GetStringAsync(new Uri("/Anmelden", UriKind.Relative));
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = seed.Email,
            ["Input.Password"] = seed.Password,
            ["__RequestVerificationToken"] = token,
        });
        using var response = await http.PostAsync(new Uri("/Anmelden", UriKind.Relative), content);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"login answered {(int)response.StatusCode}");
        }
    }

    private static async Task<RegisterPageSeed> SeedAsync(string provider, string connection, string directory, int size)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Werkstatt"] = connection,
            ["Storage:DataDirectory"] = Path.Combine(directory, "data"),
        });
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddWerkstattService(builder.Configuration);
        using var host = builder.Build();
        await DatabaseInitializer.InitializeAsync(host.Services, seedDemo: false);
        await using var scope = host.Services.CreateAsyncScope();
        return await RegisterPageSeed.SeedAsync(scope.ServiceProvider.GetRequiredService<WerkstattDbContext>(), size);
    }

    private static async Task<bool> HealthyAsync(HttpClient http)
    {
        try
        {
            using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private static string? Option(string[] args, string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    // utime + stime of the web process (all its threads) in clock ticks of 10 ms: a figure the other processes on a
    // shared machine do not inflate the way they inflate wall time.
    private static double CpuMs(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10.0;
    }

    private static string LoadAverage() => string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("<tr>")]
    private static partial Regex TableRows();
}
