using Microsoft.Extensions.Logging;

namespace Werkstatt.Service.Jobs.Quartz;

/// <summary>One Quartz category, written to whichever host's logging is current (see <see cref="QuartzLogBridge"/>).</summary>
public sealed class QuartzBridgeLogger(Func<ILoggerFactory?> current, string category) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => Target()?.IsEnabled(logLevel) ?? false;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Target()?.Log(logLevel, eventId, state, exception, formatter);

    private ILogger? Target()
    {
        try
        {
            return current()?.CreateLogger(category);
        }
        catch (ObjectDisposedException)
        {
            return null;
        }
    }
}
