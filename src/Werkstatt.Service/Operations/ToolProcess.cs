using System.Diagnostics;
using System.Text;

namespace Werkstatt.Service.Operations;

/// <summary>Runs an external tool (pg_dump, pg_restore, psql) with arguments and environment, collecting its error output.</summary>
internal sealed class ToolProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _errors = new();
    private readonly Task _errorPump;

    private ToolProcess(Process process)
    {
        _process = process;
        _errorPump = PumpAsync(process.StandardError, _errors);
    }

    public Process Process => _process;

    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString().Trim();
            }
        }
    }

    /// <summary>Starts the tool; secrets go into <paramref name="environment"/>, never the arguments (they show in ps).</summary>
    public static ToolProcess Start(string path, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, bool redirectInput = false, bool redirectOutput = false)
    {
        var start = new ProcessStartInfo(path)
        {
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            RedirectStandardOutput = redirectOutput,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return new ToolProcess(Process.Start(start) ?? throw new InvalidOperationException($"{path} konnte nicht gestartet werden."));
    }

    /// <summary>Waits for the end; returns the exit code once the error output is read completely.</summary>
    public async Task<int> WaitAsync(CancellationToken cancellationToken)
    {
        await _process.WaitForExitAsync(cancellationToken);
        await _errorPump;
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private static async Task PumpAsync(StreamReader reader, StringBuilder into)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (into)
            {
                into.AppendLine(line);
            }
        }
    }
}
