using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Overview;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Staffing;
using Werkstatt.Service.Tests.Networks;
using Werkstatt.Service.Tests.Voting;

namespace Werkstatt.Service.Tests.Overview;

/// <summary>The network overview over a Werkstatt with a confirmed assignment, on one provider.</summary>
public abstract class NetworkOverviewTests(string provider) : IAsyncLifetime
{
    private CycleFixture _f = null!;

    public async ValueTask InitializeAsync() => _f = await CycleFixture.CreateAsync(provider);

    public async ValueTask DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task Load_library_growth_and_savings_come_from_the_confirmed_assignment_and_past_werkstaetten()
    {
        var processes = await _f.ToAssignmentAsync(("Wohngeld", 2, [MemberLevel.Stadt], false), ("Hundesteuer", 1, [MemberLevel.Stadt], false));
        await _f.DeclareAsync(_f.Net.ManagerOfA, _f.Net.StadtA.Id, 2, (processes[1], Bid.Want));
        await _f.DeclareAsync(_f.ManagerOfB, _f.Net.StadtB.Id, 3);
        var assignment = _f.Get<AssignmentService>();
        var board = CycleFixture.Ok(await assignment.SolveAsync(_f.Net.Coordinator, _f.WerkstattId, 0));
        CycleFixture.Ok(await assignment.ConfirmAsync(_f.Net.Coordinator, _f.WerkstattId, board.Plan.Version));
        var service = _f.Get<NetworkOverviewService>();

        var before = CycleFixture.Ok(await service.GetAsync(_f.ManagerOfB, _f.Net.Network.Id, new OverviewQuery(Year: 2027)));
        var werkstatt = Assert.Single(before.YearWerkstaetten);
        Assert.Equal(_f.WerkstattId, Assert.Single(before.LoadWerkstaetten).Id);
        var a = Assert.Single(before.Loads, l => l.MemberId == _f.Net.StadtA.Id);
        Assert.Equal((2, 2), (a.Assigned, a.Capacity));
        var b = Assert.Single(before.Loads, l => l.MemberId == _f.Net.StadtB.Id);
        Assert.Equal((1, 3), (b.Assigned, b.Capacity));
        Assert.Equal((0, 0), (before.Loads.Single(l => l.MemberId == _f.Kreis.Id).Assigned, before.Loads.Single(l => l.MemberId == _f.Kreis.Id).Capacity));
        Assert.Empty(before.Growth);

        _f.Net.Clock.SetUtcNow(werkstatt.Schedule.Day1Start.AddDays(1));
        var after = CycleFixture.Ok(await service.GetAsync(_f.ManagerOfB, _f.Net.Network.Id, new OverviewQuery(2027, HoursPerProcess: 50, ReuseShare: 100)));
        // Growth comes from the library, which a Werkstatt fills only when it is published (see LibraryStatisticsTests).
        Assert.Empty(after.Growth);

        // Savings count the library's processes of the year; an unpublished Werkstatt has added none yet.
        Assert.Equal(0, after.Savings.NetworkHours);
        var defaults = CycleFixture.Ok(await service.GetAsync(_f.ManagerOfB, _f.Net.Network.Id, new OverviewQuery(2027)));
        Assert.Equal((40, 0.6), (defaults.Savings.HoursPerProcess, defaults.Savings.ReuseShare));
    }

    [Fact]
    public async Task Implausible_assumptions_and_other_networks_are_refused()
    {
        var service = _f.Get<NetworkOverviewService>();
        Assert.Equal(nameof(OverviewQuery.HoursPerProcess), (await service.GetAsync(_f.Net.Coordinator, _f.Net.Network.Id, new OverviewQuery(HoursPerProcess: 0))).Error?.Field);
        Assert.Equal(nameof(OverviewQuery.ReuseShare), (await service.GetAsync(_f.Net.Coordinator, _f.Net.Network.Id, new OverviewQuery(ReuseShare: 120))).Error?.Field);
        Assert.Equal(ErrorKind.Forbidden, (await service.GetAsync(NetworkFixture.Outsider, _f.Net.Network.Id, new OverviewQuery())).Error?.Kind);
        var empty = CycleFixture.Ok(await service.GetAsync(_f.Net.Coordinator, _f.Net.Network.Id, new OverviewQuery(2026)));
        Assert.Empty(empty.YearWerkstaetten);
        Assert.Equal(0, empty.Savings.NetworkHours);
    }
}

public sealed class SqliteNetworkOverviewTests() : NetworkOverviewTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresNetworkOverviewTests() : NetworkOverviewTests(PostgresWerkstattDbContext.Name);
