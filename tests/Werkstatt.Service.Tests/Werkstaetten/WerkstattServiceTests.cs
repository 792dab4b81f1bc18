using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Common;
using Werkstatt.Service.Tests.Networks;
using Werkstatt.Service.Werkstaetten;

namespace Werkstatt.Service.Tests.Werkstaetten;

public sealed class WerkstattServiceTests : IAsyncLifetime
{
    private NetworkFixture _f = null!;

    public async ValueTask InitializeAsync() => _f = await NetworkFixture.CreateAsync();

    public async ValueTask DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task Coordinator_plans_a_werkstatt_from_the_template_and_moves_it_to_topic_collection()
    {
        var service = _f.Get<WerkstattService>();
        var planned = await service.PlanAsync(_f.Coordinator, new PlanWerkstatt(_f.Network.Id, null, new DateOnly(2027, 3, 16), null, WorkshopFormat.Online, "https://teams.example/meet", null));
        Assert.True(planned.IsSuccess, planned.Error?.Message);
        var w = planned.Value.Werkstatt;
        Assert.Equal("Prozesswerkstatt 1. Quartal 2027", w.Title);
        Assert.Equal(2, w.Schedule.DayCount);
        Assert.Equal(Phase.TopicCollection, planned.Value.NextPhase);

        var moved = await service.MoveAsync(_f.Coordinator, w.Id, Phase.TopicCollection, w.Version);

        Assert.True(moved.IsSuccess, moved.Error?.Message);
        Assert.Equal(Phase.TopicCollection, moved.Value.Werkstatt.Phase);
        Assert.Equal(1, moved.Value.Werkstatt.Version);
    }

    [Fact]
    public async Task Process_manager_cannot_plan_move_or_cancel()
    {
        var service = _f.Get<WerkstattService>();
        var planned = (await service.PlanAsync(_f.Coordinator, new PlanWerkstatt(_f.Network.Id, "W", new DateOnly(2027, 3, 16), 1, WorkshopFormat.InPerson, null, "Rathaus"))).Value!;

        var plan = await service.PlanAsync(_f.ManagerOfA, new PlanWerkstatt(_f.Network.Id, "W2", new DateOnly(2027, 6, 15), 1, WorkshopFormat.InPerson, null, "Rathaus"));
        var move = await service.MoveAsync(_f.ManagerOfA, planned.Werkstatt.Id, Phase.TopicCollection, 0);
        var cancel = await service.CancelAsync(_f.ManagerOfA, planned.Werkstatt.Id, "Keine Lust", 0);
        var read = await service.GetAsync(_f.ManagerOfA, planned.Werkstatt.Id);
        var outsider = await service.GetAsync(NetworkFixture.Outsider, planned.Werkstatt.Id);

        Assert.Equal(ErrorKind.Forbidden, plan.Error?.Kind);
        Assert.Equal(ErrorKind.Forbidden, move.Error?.Kind);
        Assert.Equal(ErrorKind.Forbidden, cancel.Error?.Kind);
        Assert.True(read.IsSuccess);
        Assert.Equal(ErrorKind.Forbidden, outsider.Error?.Kind);
        Assert.Equal(Phase.Draft, (await service.GetAsync(_f.Coordinator, planned.Werkstatt.Id)).Value!.Werkstatt.Phase);
    }

    [Fact]
    public async Task Skipping_a_phase_is_refused_with_the_rule_and_changes_nothing()
    {
        var service = _f.Get<WerkstattService>();
        var planned = (await service.PlanAsync(_f.Coordinator, new PlanWerkstatt(_f.Network.Id, "W", new DateOnly(2027, 3, 16), 2, WorkshopFormat.InPerson, null, "Rathaus"))).Value!;

        var result = await service.MoveAsync(_f.Coordinator, planned.Werkstatt.Id, Phase.Voting, 0);

        Assert.Equal(ErrorKind.Rule, result.Error?.Kind);
        Assert.Equal("PhasesFollowTheCycleInOrder", result.Error?.Code);
        Assert.Contains("Themensammlung", result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await service.GetAsync(_f.Coordinator, planned.Werkstatt.Id)).Value!.Werkstatt.Version);
    }

    [Fact]
    public async Task Dates_out_of_order_are_refused_and_change_nothing()
    {
        var service = _f.Get<WerkstattService>();
        var planned = (await service.PlanAsync(_f.Coordinator, new PlanWerkstatt(_f.Network.Id, "W", new DateOnly(2027, 3, 16), 2, WorkshopFormat.InPerson, null, "Rathaus"))).Value!;
        var schedule = ScheduleInput.From(planned.Werkstatt.Schedule);
        var swapped = schedule with { ModelsDue = schedule.ReviewDue.AddDays(1) };

        var result = await service.UpdateAsync(_f.Coordinator, planned.Werkstatt.Id, new UpdateWerkstatt("W", swapped, WorkshopFormat.InPerson, null, "Rathaus", 0));

        Assert.Equal(ErrorKind.Validation, result.Error?.Kind);
        Assert.Equal("ReviewDue", result.Error?.Field);
        var stored = (await service.GetAsync(_f.Coordinator, planned.Werkstatt.Id)).Value!.Werkstatt;
        Assert.Equal(planned.Werkstatt.Schedule, stored.Schedule);
    }

    [Fact]
    public async Task Stale_version_is_refused_with_a_german_conflict_message()
    {
        var service = _f.Get<WerkstattService>();
        var planned = (await service.PlanAsync(_f.Coordinator, new PlanWerkstatt(_f.Network.Id, "W", new DateOnly(2027, 3, 16), 2, WorkshopFormat.InPerson, null, "Rathaus"))).Value!;
        Assert.True((await service.MoveAsync(_f.Coordinator, planned.Werkstatt.Id, Phase.TopicCollection, 0)).IsSuccess);

        var stale = await service.CancelAsync(_f.Coordinator, planned.Werkstatt.Id, "Raum fehlt", 0);

        Assert.Equal(ErrorKind.Concurrency, stale.Error?.Kind);
        Assert.Equal(Phase.TopicCollection, (await service.GetAsync(_f.Coordinator, planned.Werkstatt.Id)).Value!.Werkstatt.Phase);
    }

    [Fact]
    public async Task Planning_the_year_creates_four_quarterly_werkstaetten_on_working_days()
    {
        var result = await _f.Get<WerkstattService>().PlanYearAsync(_f.Coordinator, new PlanYear(_f.Network.Id, 2027, WorkshopFormat.Online, "https://teams.example/x", null));

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Empty(result.Value.Skipped);
        var days = result.Value.Planned.Select(v => v.Werkstatt.Schedule.FirstDay).ToList();
        Assert.Equal([2, 5, 8, 11], days.Select(d => d.Month));
        Assert.All(result.Value.Planned, v => Assert.DoesNotContain(v.DateFlags, f => f.Kind is MilestoneKind.WorkshopDay1 or MilestoneKind.WorkshopDay2));
        Assert.All(days, d => Assert.Equal(DayOfWeek.Tuesday, d.DayOfWeek));
    }

    [Fact]
    public async Task Planning_the_year_again_skips_quarters_that_already_have_a_werkstatt()
    {
        var service = _f.Get<WerkstattService>();
        await service.PlanAsync(_f.Coordinator, new PlanWerkstatt(_f.Network.Id, "Eigene", new DateOnly(2027, 5, 4), 2, WorkshopFormat.InPerson, null, "Rathaus"));

        var result = await service.PlanYearAsync(_f.Coordinator, new PlanYear(_f.Network.Id, 2027, WorkshopFormat.InPerson, null, "Rathaus"));

        Assert.Equal(3, result.Value!.Planned.Count);
        Assert.Contains(result.Value.Skipped, s => s.StartsWith("2. Quartal 2027", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Planning_the_current_year_late_leaves_out_quarters_whose_voting_is_over()
    {
        var result = await _f.Get<WerkstattService>().PlanYearAsync(_f.Coordinator, new PlanYear(_f.Network.Id, 2026, WorkshopFormat.InPerson, null, "Rathaus"));
        Assert.Empty(result.Value!.Planned);
        Assert.Equal(4, result.Value.Skipped.Count);
    }

    [Fact]
    public async Task A_workshop_on_fronleichnam_is_flagged_with_the_next_working_day()
    {
        var planned = await _f.Get<WerkstattService>().PlanAsync(_f.Coordinator, new PlanWerkstatt(_f.Network.Id, "Fronleichnam", new DateOnly(2027, 5, 27), 1, WorkshopFormat.InPerson, null, "Rathaus"));
        var flag = Assert.Single(planned.Value!.DateFlags, f => f.Kind == MilestoneKind.WorkshopDay1);
        Assert.Equal("Feiertag (Fronleichnam)", flag.Reason);
        Assert.Equal(new DateOnly(2027, 5, 28), flag.SuggestedDate);
    }
}
