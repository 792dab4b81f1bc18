using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Tests.Voting;

namespace Werkstatt.Service.Tests.Operations;

/// <summary>
/// The restore drill through the real CLI verbs: back up mid-cycle, change more, restore; the state of the backup
/// point is back, later changes are gone, and the restored database works on.
/// </summary>
public abstract class RestoreDrillTests(string provider) : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"werkstatt-drill-{Guid.NewGuid():N}.backup");
    private CycleFixture _f = null!;

    public async ValueTask InitializeAsync() => _f = await CycleFixture.CreateAsync(provider);

    public async ValueTask DisposeAsync()
    {
        await _f.DisposeAsync();
        File.Delete(_file);
    }

    [Fact]
    public async Task Restore_brings_back_the_backup_point_and_drops_later_changes()
    {
        await _f.MoveToAsync(Phase.TopicCollection);
        var before = await _f.ProposeAsync("Vor der Sicherung");
        await _f.MoveToAsync(Phase.Voting);
        await _f.CastAsync(_f.Net.ManagerOfA, _f.Net.StadtA.Id, (before, 2));

        var backup = await ServiceCli.RunAsync(_f.Net.Database, "backup", _file);
        Assert.True(backup.Code == 0, backup.Error);
        Assert.Contains("Sicherung fertig", backup.Output, StringComparison.Ordinal);

        var after = await _f.ProposeAsync("Nach der Sicherung");
        await _f.CastAsync(_f.ManagerOfB, _f.Net.StadtB.Id, (after, 1), (before, 1));
        await _f.CloseAsync();
        await _f.MoveToAsync(Phase.ProcessSelection);

        // A connection held open by this process counts as another running instance.
        await using (var held = _f.Net.Database.NewContext())
        {
            await held.Database.OpenConnectionAsync();
            var refused = await ServiceCli.RunAsync(_f.Net.Database, "restore", _file);
            Assert.Equal(1, refused.Code);
            Assert.Contains("Wiederherstellung abgelehnt", refused.Error, StringComparison.Ordinal);
            Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        }

        Assert.Equal(Phase.ProcessSelection, await PhaseAsync());
        var restored = await ServiceCli.RunAsync(_f.Net.Database, "restore", "--force", _file);
        Assert.True(restored.Code == 0, restored.Output + restored.Error);
        Assert.Contains("Änderungen seit der Sicherung gehen verloren", restored.Output, StringComparison.Ordinal);
        Assert.Contains("Wiederhergestellt", restored.Output, StringComparison.Ordinal);
        ClearPools();

        await using var db = _f.Net.Database.NewContext();
        Assert.Equal(Phase.Voting, await PhaseAsync());
        Assert.Equal(["Vor der Sicherung"], await db.Set<Topic>().Select(t => t.Title).ToListAsync());
        var ballots = await db.Set<Ballot>().AsNoTracking().ToListAsync();
        Assert.Equal(_f.Net.StadtA.Id, Assert.Single(ballots).MemberId);

        // The restored database works on: the vote is still open, identity columns continue.
        await _f.CastAsync(_f.ManagerOfB, _f.Net.StadtB.Id, (before, 1));
        await _f.CloseAsync();
    }

    [Fact]
    public async Task Restoring_a_file_that_is_no_backup_fails_and_changes_nothing()
    {
        await _f.MoveToAsync(Phase.TopicCollection);
        await File.WriteAllTextAsync(_file, "keine Sicherung");

        var result = await ServiceCli.RunAsync(_f.Net.Database, "restore", "--force", _file);

        Assert.Equal(1, result.Code);
        Assert.Contains("Sicherung", result.Error, StringComparison.Ordinal);
        Assert.Equal(Phase.TopicCollection, await PhaseAsync());
    }

    private static void ClearPools()
    {
        NpgsqlConnection.ClearAllPools();
        SqliteConnection.ClearAllPools();
    }

    private async Task<Phase> PhaseAsync()
    {
        ClearPools();
        await using var db = _f.Net.Database.NewContext();
        return (await db.Werkstaetten.AsNoTracking().SingleAsync()).Phase;
    }
}

public sealed class SqliteRestoreDrillTests() : RestoreDrillTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresRestoreDrillTests() : RestoreDrillTests(PostgresWerkstattDbContext.Name);
