namespace Werkstatt.Web.Tests.Cluster;

/// <summary>Tests that start real web, worker and nginx processes run alone, after the parallel tests (2 cores).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterProcessTests
{
    public const string Name = "Cluster processes";
}
