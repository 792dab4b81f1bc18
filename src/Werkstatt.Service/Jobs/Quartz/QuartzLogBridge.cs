using Microsoft.Extensions.Logging;

namespace Werkstatt.Service.Jobs.Quartz;

/// <summary>
/// Quartz logs through one process-wide provider. This bridge forwards to the logging of the host that runs the
/// scheduler now and drops messages when there is none – so a host that stopped (several hosts in one test process)
/// never leaves Quartz with a disposed logger factory that throws inside its scheduler threads.
/// </summary>
public sealed class QuartzLogBridge : ILoggerFactory
{
    private static readonly QuartzLogBridge Instance = new();
    private static int _installed;
    private volatile ILoggerFactory? _current;

    /// <summary>Routes Quartz's logs to <paramref name="factory"/> until <see cref="Detach"/>.</summary>
    public static void Attach(ILoggerFactory factory)
    {
        Instance._current = factory;
        if (Interlocked.Exchange(ref _installed, 1) == 0)
        {
            global::Quartz.Logging.LogContext.SetCurrentLogProvider(Instance);
        }
    }

    public static void Detach(ILoggerFactory factory)
    {
        if (ReferenceEquals(Instance._current, factory))
        {
            Instance._current = null;
        }
    }

    public ILogger CreateLogger(string categoryName) => new QuartzBridgeLogger(() => _current, categoryName);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }
}
