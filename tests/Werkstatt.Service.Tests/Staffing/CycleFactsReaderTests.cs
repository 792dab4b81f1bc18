using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Staffing;
using Werkstatt.Service.Tests.Voting;

namespace Werkstatt.Service.Tests.Staffing;

/// <summary>The cycle facts are read once per request (scope) and read again after that request saves; run per provider.</summary>
public abstract class CycleFactsReaderTests(string provider) : IAsyncLifetime
{
    private CycleFixture _f = null!;

    public async ValueTask InitializeAsync() => _f = await CycleFixture.CreateAsync(provider);

    public async ValueTask DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task Facts_are_read_once_per_request_and_again_after_it_saves()
    {
        var ct = TestContext.Current.CancellationToken;
        await _f.MoveToAsync(Phase.TopicCollection);
        await _f.ProposeAsync("Bürgerservice");
        await _f.MoveToAsync(Phase.Voting);
        using var request = _f.Net.Services.CreateScope();
        var reader = request.ServiceProvider.GetRequiredService<CycleFactsReader>();
        Assert.False((await reader.ForAsync(_f.WerkstattId, ct)).VotingClosed);

        await _f.CloseAsync(); // another request closes the vote

        Assert.False((await reader.ForAsync(_f.WerkstattId, ct)).VotingClosed);
        var db = request.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        var werkstatt = await db.Werkstaetten.FirstAsync(w => w.Id == _f.WerkstattId, ct);
        db.Entry(werkstatt).Property(w => w.Title).CurrentValue = "Werkstatt umbenannt";
        await db.SaveChangesAsync(ct);
        Assert.True((await reader.ForAsync(_f.WerkstattId, ct)).VotingClosed);
    }
}

public sealed class SqliteCycleFactsReaderTests() : CycleFactsReaderTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresCycleFactsReaderTests() : CycleFactsReaderTests(PostgresWerkstattDbContext.Name);
