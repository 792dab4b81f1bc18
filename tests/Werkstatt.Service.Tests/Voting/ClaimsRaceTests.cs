using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Staffing;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Staffing;

namespace Werkstatt.Service.Tests.Voting;

/// <summary>First come, first served under parallel requests: exactly one of two racing claims wins and no capacity is exceeded; run per provider.</summary>
public abstract class ClaimsRaceTests(string provider) : IAsyncLifetime
{
    private const int Rounds = 8;
    private CycleFixture _f = null!;

    public async ValueTask InitializeAsync() => _f = await CycleFixture.CreateAsync(provider);

    public async ValueTask DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task Two_members_claiming_the_last_slot_at_the_same_moment_exactly_one_wins()
    {
        var processes = await _f.ToAssignmentAsync(Enumerable.Range(1, Rounds).Select(i => ($"Prozess {i}", 1, new[] { MemberLevel.Stadt }, false)).ToArray());
        var a = await _f.DeclareAsync(_f.Net.ManagerOfA, _f.Net.StadtA.Id, Rounds);
        var b = await _f.DeclareAsync(_f.ManagerOfB, _f.Net.StadtB.Id, Rounds);
        var versions = new Dictionary<MemberId, int> { [_f.Net.StadtA.Id] = a.Offer.Version, [_f.Net.StadtB.Id] = b.Offer.Version };

        foreach (var process in processes)
        {
            var results = await RaceAsync(
                () => _f.Get<OfferService>().ClaimAsync(_f.Net.ManagerOfA, _f.WerkstattId, _f.Net.StadtA.Id, process.Id, versions[_f.Net.StadtA.Id]),
                () => _f.Get<OfferService>().ClaimAsync(_f.ManagerOfB, _f.WerkstattId, _f.Net.StadtB.Id, process.Id, versions[_f.Net.StadtB.Id]));

            var winner = Assert.Single(results, r => r.IsSuccess);
            var loser = Assert.Single(results, r => !r.IsSuccess);
            Assert.Equal(ErrorKind.Rule, loser.Error!.Kind);
            Assert.Equal("ProcessMustHaveAFreeSlot", loser.Error.Code);
            versions[winner.Value!.Member.Id] = winner.Value.Offer.Version;
        }

        var claims = await ClaimsAsync();
        Assert.Equal(Rounds, claims.Count);
        Assert.All(processes, p => Assert.Single(claims, c => c.ProcessId == p.Id));
    }

    [Fact]
    public async Task Two_process_managers_of_one_member_claiming_at_once_never_exceed_its_capacity()
    {
        var processes = await _f.ToAssignmentAsync(Enumerable.Range(1, Rounds * 2).Select(i => ($"Prozess {i}", 2, new[] { MemberLevel.Stadt }, false)).ToArray());
        var offer = await _f.DeclareAsync(_f.Net.ManagerOfA, _f.Net.StadtA.Id, 1);

        for (var round = 0; round < Rounds; round++)
        {
            var version = offer.Offer.Version;
            var results = await RaceAsync(
                () => _f.Get<OfferService>().ClaimAsync(_f.Net.ManagerOfA, _f.WerkstattId, _f.Net.StadtA.Id, processes[2 * round].Id, version),
                () => _f.Get<OfferService>().ClaimAsync(_f.SecondManagerOfA, _f.WerkstattId, _f.Net.StadtA.Id, processes[(2 * round) + 1].Id, version));

            offer = Assert.Single(results, r => r.IsSuccess).Value!;
            Assert.Contains(Assert.Single(results, r => !r.IsSuccess).Error!.Kind, new[] { ErrorKind.Concurrency, ErrorKind.Rule });
            Assert.Equal(round + 1, offer.Offer.Claims.Count);
            offer = CycleFixture.Ok(await _f.Get<OfferService>().DeclareCapacityAsync(_f.Net.ManagerOfA, _f.WerkstattId, _f.Net.StadtA.Id, round + 2, offer.Offer.Version));
        }

        Assert.Equal(Rounds, (await ClaimsAsync()).Count);
    }

    private static async Task<Result<OfferView>[]> RaceAsync(Func<Task<Result<OfferView>>> first, Func<Task<Result<OfferView>>> second)
    {
        using var start = new ManualResetEventSlim();
        var tasks = new[] { first, second }.Select(claim => Task.Run(async () =>
        {
            start.Wait();
            return await claim();
        })).ToArray();
        start.Set();
        return await Task.WhenAll(tasks);
    }

    private async Task<List<OfferClaim>> ClaimsAsync()
    {
        await using var db = _f.Net.Database.NewContext();
        var offers = await db.Set<MemberOffer>().AsNoTracking().ToListAsync();
        Assert.All(offers, o => Assert.True(o.Claims.Count <= o.Capacity, $"{o.MemberId}: {o.Claims.Count} claims, capacity {o.Capacity}"));
        return offers.SelectMany(o => o.Claims).ToList();
    }
}

public sealed class SqliteClaimsRaceTests() : ClaimsRaceTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresClaimsRaceTests() : ClaimsRaceTests(PostgresWerkstattDbContext.Name);
