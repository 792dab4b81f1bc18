namespace Werkstatt.Service.Tests.Jobs;

/// <summary>
/// Tests that start real worker processes and kill them run alone, after the parallel tests: their timing
/// (take-over after a kill, recovery after a crash) must not compete with the rest of the suite for 2 cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WorkerProcessTests
{
    public const string Name = "Worker processes";
}
