namespace Werkstatt.Service.Common;

/// <summary>
/// For CPU-heavy work inside a request: parsing an upload, the assignment solver, writing a PDF, a package or an export.
/// </summary>
/// <remarks>
/// The production web units run with inline socket completions (<c>DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1</c>,
/// docs/operations.md). Code after an awaited database read then runs on the thread of the socket engine that
/// received the answer, not on a thread-pool thread. That saves a thread switch per round trip, which matters for the
/// short requests. But while long work runs on that thread, every connection that engine serves waits. So such work
/// first calls <see cref="LeaveAsync"/>, which moves it to the thread pool. On a thread-pool thread it does nothing.
/// </remarks>
public static class SocketThreads
{
    /// <summary>Continues on a thread-pool thread. Call it after the last awaited read and before the heavy work.</summary>
    public static async ValueTask LeaveAsync()
    {
        if (!Thread.CurrentThread.IsThreadPoolThread)
        {
            await Task.Yield();
        }
    }
}
