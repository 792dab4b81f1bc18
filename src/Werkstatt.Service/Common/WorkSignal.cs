using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace Werkstatt.Service.Common;

/// <summary>Wakes a sleeping loop in this process (the dispatcher, the re-planner) when there is new work.</summary>
public class WorkSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    private readonly ConditionalWeakTable<DbContext, object> _armed = [];

    public void Pulse() => _channel.Writer.TryWrite(true);

    /// <summary>
    /// Pulses once <paramref name="db"/> has saved (committed), not before: a pulse before the commit wakes a loop that
    /// finds nothing yet. Arms each context only once, however often it is called.
    /// </summary>
    public void PulseAfterSave(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (_armed.TryAdd(db, this))
        {
            db.SavedChanges += (_, _) => Pulse();
        }
    }

    /// <summary>Returns when pulsed or after <paramref name="timeout"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await _channel.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }
    }
}
