using System.Diagnostics;
using System.Globalization;

namespace Werkstatt.Tests.Shared.Cluster;

/// <summary>
/// A PostgreSQL cluster of the test's own (initdb into a temp directory, loopback, a free port), for tests that restart
/// or stop the server – which they must not do to the one build.sh shares with every other test. Run as user postgres
/// when we are root, as build.sh does. Stopped (immediate) and deleted on dispose.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _directory;

    private ThrowawayPostgres(string bin, string directory, int port)
    {
        _bin = bin;
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Superuser connection string of the server's "postgres" database.</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=true";

    private static bool IsRoot => Environment.UserName == "root";

    /// <summary>The directory of initdb and pg_ctl (newest installed major version), or null.</summary>
    public static string? BinDirectory()
    {
        const string Root = "/usr/lib/postgresql";
        return Directory.Exists(Root)
            ? Directory.GetDirectories(Root).Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderBy(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var major) ? major : 0).LastOrDefault()
            : null;
    }

    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var bin = BinDirectory() ?? throw new InvalidOperationException("PostgreSQL server binaries not found under /usr/lib/postgresql");
        var directory = Directory.CreateTempSubdirectory("werkstatt-faults-pg-").FullName;
        if (IsRoot)
        {
            await RunAsync("chown", ["postgres:postgres", directory], asPostgres: false, directory);
        }

        var data = Path.Combine(directory, "data");
        await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "--encoding=UTF8", "--locale=C", "--no-sync"], IsRoot, directory);
        await File.AppendAllTextAsync(Path.Combine(data, "postgresql.conf"), $"""

            listen_addresses = '127.0.0.1'
            unix_socket_directories = '{directory}'
            max_connections = 200
            fsync = off
            synchronous_commit = off
            full_page_writes = off
            """);
        for (var attempt = 0; ; attempt++)
        {
            var server = new ThrowawayPostgres(bin, directory, ChildProcess.FreePort());
            try
            {
                await server.PgCtlAsync("start");
                return server;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                // Lost the port to someone else between the probe and the bind: try another.
            }
        }
    }

    /// <summary><c>pg_ctl restart -m fast</c>: open transactions are rolled back, every session is cut off.</summary>
    public Task RestartAsync() => PgCtlAsync("restart", "-m", "fast");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_directory, "data"), "-m", "immediate", "-w", "-t", "20", "stop"], IsRoot, _directory);
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        Directory.Delete(_directory, recursive: true);
    }

    private Task PgCtlAsync(string action, params string[] options) => RunAsync(
        Path.Combine(_bin, "pg_ctl"),
        ["-D", Path.Combine(_directory, "data"), "-l", Path.Combine(_directory, "postgres.log"), "-w", "-t", "30", "-o", $"-p {Port.ToString(CultureInfo.InvariantCulture)}", .. options, action],
        IsRoot,
        _directory);

    private static async Task RunAsync(string file, IReadOnlyList<string> arguments, bool asPostgres, string workingDirectory)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        if (asPostgres)
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", file })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            var log = Path.Combine(workingDirectory, "postgres.log");
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}{await errors}\n{(File.Exists(log) ? await File.ReadAllTextAsync(log) : string.Empty)}");
        }
    }
}
