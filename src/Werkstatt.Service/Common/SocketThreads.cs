using System.Runtime.CompilerServices;

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
    /// <summary>
    /// Continues on a thread-pool thread. Call it after the last awaited read and before the heavy work. The awaiter
    /// itself queues the caller's continuation: a helper that awaited <c>Task.Yield</c> inside could finish on the pool
    /// before the caller awaits it, and the caller would then go on where it was.
    /// </summary>
    public static PoolAwaitable LeaveAsync() => default;

    /// <summary>Complete on a thread-pool thread; otherwise the continuation goes to the thread pool.</summary>
    public readonly struct PoolAwaitable : ICriticalNotifyCompletion
    {
        public bool IsCompleted => Thread.CurrentThread.IsThreadPoolThread;

        public PoolAwaitable GetAwaiter() => this;

        public void GetResult()
        {
        }

        public void OnCompleted(Action continuation) => ThreadPool.QueueUserWorkItem(static c => c(), continuation, preferLocal: false);

        public void UnsafeOnCompleted(Action continuation) => ThreadPool.UnsafeQueueUserWorkItem(static c => c(), continuation, preferLocal: false);
    }
}
