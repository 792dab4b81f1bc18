using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Dossiers;
using Werkstatt.Service.Dossiers.Storage;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Staffing;
using Werkstatt.Service.Tests.Voting;

namespace Werkstatt.Service.Tests.Dossiers;

/// <summary>
/// A dossier build that fails or whose instance dies: recorded in German and retried, taken over, never stored twice.
/// The same on the real cluster with a full tmpfs and a killed worker: Werkstatt.Web.Tests' FaultTests.
/// </summary>
public abstract class DossierFaultTests(string provider) : IAsyncLifetime
{
    private CycleFixture _f = null!;

    private string WerkstattDirectory => _f.Get<DossierFiles>().FullPath($"dossiers/{_f.WerkstattId.Value:N}");

    public async ValueTask InitializeAsync()
    {
        _f = await CycleFixture.CreateAsync(provider);
        await _f.ToAssignmentAsync(("Hundeanmeldung", 1, [MemberLevel.Stadt], false));
        await _f.DeclareAsync(_f.Net.ManagerOfA, _f.Net.StadtA.Id, 1);
        var assignment = _f.Get<AssignmentService>();
        var board = CycleFixture.Ok(await assignment.SolveAsync(_f.Net.Coordinator, _f.WerkstattId, 0));
        CycleFixture.Ok(await assignment.ConfirmAsync(_f.Net.Coordinator, _f.WerkstattId, board.Plan.Version));
        await _f.MoveToAsync(Phase.QualityReview);
        CycleFixture.Ok(await _f.Get<DossierService>().ReleaseAsync(_f.Net.Coordinator, _f.WerkstattId));
    }

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(WerkstattDirectory))
        {
            File.Delete(WerkstattDirectory);
        }
        else if (Directory.Exists(WerkstattDirectory))
        {
            Directory.Delete(WerkstattDirectory, recursive: true);
        }

        await _f.DisposeAsync();
    }

    [Fact]
    public async Task A_build_that_cannot_write_its_file_is_shown_in_German_and_tried_again_after_the_delay()
    {
        // A file where the Werkstatt's directory belongs: every write fails with an IOException, as on a full disk.
        Directory.CreateDirectory(Path.GetDirectoryName(WerkstattDirectory)!);
        await File.WriteAllTextAsync(WerkstattDirectory, "im Weg");
        var builder = _f.Get<DossierBuilder>();
        Assert.Equal(0, await builder.ProcessPendingAsync("a", CancellationToken.None));

        var request = await RequestAsync();
        Assert.Null(request.CompletedAt);
        Assert.Null(request.ClaimedBy);
        Assert.Equal(1, request.Attempts);
        Assert.Contains("konnten nicht gespeichert werden", request.LastError, StringComparison.Ordinal);
        var view = CycleFixture.Ok(await _f.Get<DossierService>().GetAsync(_f.Net.Coordinator, _f.WerkstattId));
        Assert.Equal(request.LastError, view.BuildProblem);
        Assert.Empty(view.Versions);

        // Not before the retry delay (default 5 minutes); then, with room again, version 1.
        Assert.Equal(0, await builder.ProcessPendingAsync("a", CancellationToken.None));
        Assert.Equal(1, (await RequestAsync()).Attempts);
        File.Delete(WerkstattDirectory);
        _f.Net.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, await _f.Get<DossierBuilder>().ProcessPendingAsync("a", CancellationToken.None));
        request = await RequestAsync();
        Assert.NotNull(request.CompletedAt);
        Assert.Null(request.LastError);
        view = CycleFixture.Ok(await _f.Get<DossierService>().GetAsync(_f.Net.Coordinator, _f.WerkstattId));
        Assert.Null(view.BuildProblem);
        Assert.Equal(1, Assert.Single(view.Versions).Number);
    }

    [Fact]
    public async Task A_build_claimed_by_an_instance_that_is_gone_is_taken_over_and_built_once()
    {
        await using (var db = _f.Net.Database.NewContext())
        {
            var now = _f.Net.Clock.GetUtcNow();
            await db.Set<DossierRequest>().ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimedBy, "gone").SetProperty(r => r.ClaimedAt, now).SetProperty(r => r.Attempts, 1));
        }

        // PostgreSQL knows at once (nobody holds the Werkstatt's build lock); SQLite waits for the claim timeout.
        var builder = _f.Get<DossierBuilder>();
        if (provider == SqliteWerkstattDbContext.Name)
        {
            Assert.Equal(0, await builder.ProcessPendingAsync("b", CancellationToken.None));
            _f.Net.Clock.Advance(TimeSpan.FromMinutes(11));
        }

        Assert.Equal(1, await _f.Get<DossierBuilder>().ProcessPendingAsync("b", CancellationToken.None));
        var request = await RequestAsync();
        Assert.Equal(("b", 2), (request.ClaimedBy, request.Attempts));
        Assert.Equal(0, await _f.Get<DossierBuilder>().ProcessPendingAsync("c", CancellationToken.None));
        await using var check = _f.Net.Database.NewContext();
        Assert.Equal(1, await check.Set<Dossier>().CountAsync());
        Assert.Single(Directory.GetFiles(WerkstattDirectory));
    }

    [Fact]
    public async Task A_build_that_lost_its_claim_stores_no_version_and_leaves_no_file()
    {
        await using (var db = _f.Net.Database.NewContext())
        {
            var now = _f.Net.Clock.GetUtcNow();
            await db.Set<DossierRequest>().ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimedBy, "successor").SetProperty(r => r.ClaimedAt, now));
        }

        var request = await RequestAsync();
        Assert.False(await _f.Get<DossierVersionWriter>().BuildAsync(request.Id, "overtaken", CancellationToken.None));
        await using var check = _f.Net.Database.NewContext();
        Assert.Equal(0, await check.Set<Dossier>().CountAsync());
        Assert.Null((await RequestAsync()).CompletedAt);
        Assert.Empty(Directory.Exists(WerkstattDirectory) ? Directory.GetFiles(WerkstattDirectory) : []);
    }

    private async Task<DossierRequest> RequestAsync()
    {
        await using var db = _f.Net.Database.NewContext();
        return await db.Set<DossierRequest>().AsNoTracking().SingleAsync();
    }
}

public sealed class SqliteDossierFaultTests() : DossierFaultTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresDossierFaultTests() : DossierFaultTests(PostgresWerkstattDbContext.Name);
