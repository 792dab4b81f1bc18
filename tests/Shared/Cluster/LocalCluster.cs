using System.Diagnostics;
using System.Net;

namespace Werkstatt.Tests.Shared.Cluster;

/// <summary>
/// The production layout on loopback, shared by the cluster test and the load benchmark: one worker, N web instances
/// (the built dlls of the caller's configuration) on one database, and nginx rendered from docs/deploy/nginx.conf.
/// <see cref="StartAsync"/> returns once every instance answers /healthz through nginx; dispose stops them all.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    public const string Nginx = "/usr/sbin/nginx";

    private readonly List<ChildProcess> _processes = [];
    private Dictionary<string, string> _shared = [];

    private LocalCluster(string prefix, int listen, IReadOnlyList<int> webPorts)
    {
        Prefix = prefix;
        BaseAddress = new Uri($"http://127.0.0.1:{listen}");
        WebPorts = webPorts;
    }

    /// <summary>Temp directory: nginx.conf, its logs, and the shared data directory (Storage__DataDirectory).</summary>
    public string Prefix { get; }

    /// <summary>nginx's address.</summary>
    public Uri BaseAddress { get; }

    public IReadOnlyList<int> WebPorts { get; }

    public IReadOnlyList<ChildProcess> Processes => _processes;

    /// <summary>Everything the processes printed, and nginx's error log.</summary>
    public string Log()
    {
        var errors = Path.Combine(Prefix, "error.log");
        return string.Join("\n", _processes.Select(p => p.Log)) + "\nnginx error.log: " + (File.Exists(errors) ? File.ReadAllText(errors) : "-");
    }

    /// <summary>
    /// Starts the layout. <paramref name="settings"/> are environment variables for every .NET process on top of the
    /// production defaults (provider, connection string, data directory, no demo); <paramref name="webSettings"/> only
    /// for the web instances.
    /// </summary>
    public static async Task<LocalCluster> StartAsync(
        string connectionString, int webInstances, bool worker, IReadOnlyDictionary<string, string>? settings = null,
        IReadOnlyDictionary<string, string>? webSettings = null, int nginxConnections = 512, Action<string>? progress = null)
    {
        var prefix = Directory.CreateTempSubdirectory("werkstatt-cluster-").FullName;
        var ports = Enumerable.Range(0, webInstances).Select(_ => ChildProcess.FreePort()).ToList();
        var cluster = new LocalCluster(prefix, ChildProcess.FreePort(), ports);
        var started = Stopwatch.StartNew();
        try
        {
            var shared = new Dictionary<string, string>
            {
                ["Database__Provider"] = "postgres",
                ["ConnectionStrings__Werkstatt"] = connectionString,
                ["Storage__DataDirectory"] = Path.Combine(prefix, "data"),
                ["Demo__Enabled"] = "false",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Logging__LogLevel__Default"] = "Warning",
                ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
            };
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                shared[key] = value;
            }

            cluster._shared = shared;
            if (worker)
            {
                cluster.StartWorker();
            }

            foreach (var port in ports)
            {
                var web = new Dictionary<string, string>(shared)
                {
                    ["Urls"] = $"http://127.0.0.1:{port}",
                    ["Jobs__RunInWeb"] = "false",
                    ["Proxy__TrustedProxies__0"] = "127.0.0.1",
                    // As in docs/deploy/werkstatt-web@.service: the web instances are tested and measured as they run.
                    ["DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS"] = "1",
                };
                foreach (var (key, value) in webSettings ?? new Dictionary<string, string>())
                {
                    web[key] = value;
                }

                var dll = NginxConfig.BuiltDll("Werkstatt.Web");
                cluster._processes.Add(ChildProcess.Start($"web {port}", "dotnet", [dll], web, Path.GetDirectoryName(dll)));
            }

            // Each instance ready on its own first, so nginx does not mark a still-starting one as failed.
            using (var direct = new HttpClient { Timeout = TimeSpan.FromSeconds(30) })
            {
                foreach (var port in ports)
                {
                    await WaitUntilAsync(() => HealthyAsync(direct, new Uri($"http://127.0.0.1:{port}/healthz")), TimeSpan.FromSeconds(240), cluster.Log);
                }
            }

            progress?.Invoke($"{started.Elapsed.TotalSeconds:0.0} s: {webInstances} instance(s) healthy");
            var config = Path.Combine(prefix, "nginx.conf");
            await File.WriteAllTextAsync(config, NginxConfig.Render(prefix, cluster.BaseAddress.Port, ports, nginxConnections));
            string[] nginxArgs = ["-p", prefix + "/", "-c", config, "-g", $"daemon off; pid {prefix}/nginx.pid; error_log {prefix}/error.log;"];
            await using (var check = ChildProcess.Start("nginx -t", Nginx, ["-t", .. nginxArgs]))
            {
                if (!await check.ExitedAsync(TimeSpan.FromSeconds(10)) || !check.Log.Contains("test is successful", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("nginx -t failed:\n" + check.Log);
                }
            }

            cluster._processes.Add(ChildProcess.Start("nginx", Nginx, nginxArgs));

            // Every instance answers through nginx (round robin), each with its database ready.
            var healthy = new HashSet<string>(StringComparer.Ordinal);
            using var client = new HttpClient { BaseAddress = cluster.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
            await WaitUntilAsync(
                async () =>
                {
                    try
                    {
                        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
                        if (response.StatusCode == HttpStatusCode.OK)
                        {
                            healthy.Add(Upstream(response));
                        }
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                    {
                    }

                    return healthy.Count == webInstances;
                },
                TimeSpan.FromSeconds(60),
                cluster.Log);
            progress?.Invoke($"{started.Elapsed.TotalSeconds:0.0} s: all instances healthy behind nginx");
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>The worker process (the last one started), or null.</summary>
    public ChildProcess? Worker => _processes.FirstOrDefault(p => p.Name.StartsWith("worker", StringComparison.Ordinal));

    /// <summary>Starts a(nother) worker with the cluster's settings, e.g. after the first was killed.</summary>
    public ChildProcess StartWorker()
    {
        var count = _processes.Count(p => p.Name.StartsWith("worker", StringComparison.Ordinal));
        var worker = ChildProcess.Start(count == 0 ? "worker" : $"worker {count + 1}", "dotnet", [NginxConfig.BuiltDll("Werkstatt.Service"), "worker"], _shared);
        _processes.Insert(0, worker);
        return worker;
    }

    /// <summary>The instance (address) that answered, from the header the rendered config adds.</summary>
    public static string Upstream(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.TryGetValues("X-Upstream", out var values) ? values.Single() : "?";
    }

    /// <summary>Polls <paramref name="condition"/> every 200 ms; throws with <paramref name="log"/> when it is not true within <paramref name="limit"/>.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan limit, Func<string> log)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(log);
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed >= limit)
            {
                throw new TimeoutException($"not reached within {limit.TotalSeconds} s:\n{log()}");
            }

            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in Enumerable.Reverse(_processes))
        {
            await process.DisposeAsync();
        }

        _processes.Clear();
        try
        {
            Directory.Delete(Prefix, recursive: true);
        }
        catch (IOException)
        {
            // nginx may still be writing its temp files; the temp directory is cleaned up by the system.
        }
    }

    private static async Task<bool> HealthyAsync(HttpClient client, Uri uri)
    {
        try
        {
            using var response = await client.GetAsync(uri);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
