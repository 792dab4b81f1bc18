using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Werkstatt.Tests.Shared;

/// <summary>
/// A real SMTP server on loopback (aiosmtpd from Debian's python3-aiosmtpd, see smtp_sink.py) that stores every message
/// it accepts. Tests skip when aiosmtpd is missing, except under CI=true where that fails the run.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Process _process;

    private SmtpSink(Process process, int port, string directory)
    {
        _process = process;
        Port = port;
        Directory = directory;
    }

    public int Port { get; }

    public string Directory { get; }

    public static async Task<SmtpSink> StartAsync()
    {
        EnsureAvailable();
        var directory = Path.Combine(Path.GetTempPath(), $"werkstatt-smtp-{Guid.NewGuid():N}");
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var start = new ProcessStartInfo("/usr/bin/python3")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "smtp_sink.py"));
            start.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            start.ArgumentList.Add(directory);
            var process = Process.Start(start)!;
            var ready = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20));
            if (ready == "ready")
            {
                return new SmtpSink(process, port, directory);
            }

            var error = await process.StandardError.ReadToEndAsync();
            process.Dispose();
            if (attempt >= 3)
            {
                throw new InvalidOperationException($"The SMTP sink did not start: {error}");
            }
        }
    }

    /// <summary>A loopback port nobody listens on: an SMTP server that is down.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public IReadOnlyList<ReceivedMail> Messages()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return [];
        }

        return System.IO.Directory.GetFiles(Directory, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(f => JsonSerializer.Deserialize<ReceivedMail>(File.ReadAllText(f), Json)!)
            .ToList();
    }

    /// <summary>A message written to disk (an .eml from the pickup directory), read by the sink's parser; attachment bytes go beside <paramref name="outPrefix"/>.</summary>
    public static ReceivedMail Parse(string emlPath, string outPrefix)
    {
        EnsureAvailable();
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "smtp_sink.py"));
        start.ArgumentList.Add("--parse");
        start.ArgumentList.Add(emlPath);
        start.ArgumentList.Add(outPrefix);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
        return JsonSerializer.Deserialize<ReceivedMail>(File.ReadAllText(outPrefix + ".json"), Json)!;
    }

    /// <summary>Waits (polling, bounded) until at least <paramref name="count"/> messages arrived.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> WaitForAsync(int count, TimeSpan timeout)
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            var messages = Messages();
            if (messages.Count >= count || stopwatch.Elapsed > timeout)
            {
                return messages;
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(5000))
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
        await Task.CompletedTask;
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    private static void EnsureAvailable()
    {
        var check = Process.Start(new ProcessStartInfo("/usr/bin/python3", "-c \"import aiosmtpd\"") { RedirectStandardError = true });
        check?.WaitForExit();
        if (check is { ExitCode: 0 })
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("CI=true but python3-aiosmtpd is missing: the SMTP tests must run in CI (use ./build.sh test).");
        }

        Assert.Skip("python3-aiosmtpd is not installed; run ./build.sh test (it installs it) or apt-get install python3-aiosmtpd.");
    }
}
