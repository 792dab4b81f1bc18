using Werkstatt.Service.Common;

namespace Werkstatt.Service.Tests.Operations;

/// <summary>
/// Heavy work leaves a socket engine's thread (a thread outside the pool, as with inline socket completions) for the
/// thread pool, and stays where it is when it already runs on the pool.
/// </summary>
public sealed class SocketThreadsTests
{
    [Fact]
    public async Task Work_started_on_a_thread_outside_the_pool_goes_on_on_the_thread_pool()
    {
        Task<(bool BeforeOnPool, bool AfterOnPool, bool SameThread)>? probe = null;
        var thread = new Thread(() => probe = ProbeAsync()) { IsBackground = true, Name = "like a socket engine" };
        thread.Start();
        thread.Join();

        var (before, after, same) = await probe!;
        Assert.False(before);
        Assert.True(after);
        Assert.False(same);
    }

    [Fact]
    public async Task Work_already_on_the_thread_pool_does_not_move()
    {
        var (before, after, same) = await Task.Run(ProbeAsync);
        Assert.True(before);
        Assert.True(after);
        Assert.True(same);
    }

    private static async Task<(bool, bool, bool)> ProbeAsync()
    {
        var thread = Thread.CurrentThread;
        var before = thread.IsThreadPoolThread;
        await SocketThreads.LeaveAsync();
        return (before, Thread.CurrentThread.IsThreadPoolThread, ReferenceEquals(thread, Thread.CurrentThread));
    }
}
