using Npgsql;
using Werkstatt.Service.Persistence;
using Werkstatt.Tests.Shared;
using Werkstatt.Tests.Shared.Cluster;

namespace Werkstatt.Web.Tests.Faults;

/// <summary>
/// The production layout on a PostgreSQL server of its own (so it may be restarted): two web instances, one worker,
/// nginx, the demo network seeded. Shared by the fault tests; short intervals so that recoveries show within seconds.
/// </summary>
public sealed class FaultCluster : IAsyncLifetime
{
    private ThrowawayPostgres? _postgres;
    private TestDatabase? _database;
    private LocalCluster? _cluster;
    private string? _skip;

    public ThrowawayPostgres Postgres => _postgres!;

    public TestDatabase Database => _database!;

    public LocalCluster Cluster => _cluster!;

    public async ValueTask InitializeAsync()
    {
        _skip = !File.Exists(LocalCluster.Nginx) ? "nginx is not installed; run ./build.sh test"
            : ThrowawayPostgres.BinDirectory() is null ? "the PostgreSQL server (initdb, pg_ctl) is not installed; run ./build.sh test"
            : null;
        if (_skip is not null)
        {
            return;
        }

        _postgres = await ThrowawayPostgres.StartAsync();
        _database = await TestDatabase.CreateOnAsync(_postgres.ConnectionString);
        var seeding = new Dictionary<string, string?> { ["Demo:VotingDeadlineAfterStart"] = "01:00:00" };
        await using (await TestServices.CreateAsync(_database, new ManualTimeProvider(DateTimeOffset.UtcNow), demo: true, seeding))
        {
        }

        NpgsqlConnection.ClearAllPools();
        var settings = new Dictionary<string, string>
        {
            ["Jobs__ClusterCheckinInterval"] = "00:00:02",
            ["Jobs__ReplanInterval"] = "00:00:00.500",
            ["Jobs__DatabaseRetryInterval"] = "00:00:01",
            ["Dossiers__CheckInterval"] = "00:00:01",
            ["Dossiers__RetryDelay"] = "00:00:01",
        };
        var web = new Dictionary<string, string> { ["Security__LoginAttemptsPerMinute"] = "1000" };
        _cluster = await LocalCluster.StartAsync(_database.ConnectionString, webInstances: 2, worker: true, settings, web);
    }

    /// <summary>Skips (fails under CI=true) when nginx or the PostgreSQL server is missing.</summary>
    public void SkipUnlessRunning()
    {
        if (_skip is not null)
        {
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), $"CI=true but {_skip}");
            Assert.Skip(_skip);
        }
    }

    public WerkstattDbContext NewContext() => Database.NewContext();

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
