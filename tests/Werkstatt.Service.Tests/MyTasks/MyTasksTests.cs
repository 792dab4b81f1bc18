using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.MyTasks;
using Werkstatt.Service.MyTasks.Sources;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Processes;
using Werkstatt.Service.Progress;
using Werkstatt.Service.Staffing;
using Werkstatt.Service.Tests.Mail;
using Werkstatt.Service.Tests.Networks;
using Werkstatt.Service.Tests.Voting;
using Werkstatt.Service.Werkstaetten;

namespace Werkstatt.Service.Tests.MyTasks;

/// <summary>Each task source through the real services on one provider: who sees what, when, and when it is overdue.</summary>
public abstract class MyTasksTests(string provider) : IAsyncLifetime
{
    private CycleFixture _f = null!;

    private Actor Coordinator => _f.Net.Coordinator;

    private Actor ManagerOfA => _f.Net.ManagerOfA;

    public async ValueTask InitializeAsync() => _f = await CycleFixture.CreateAsync(provider);

    public async ValueTask DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task Topics_and_vote_are_due_from_members_that_have_not_acted_and_closing_from_the_coordinator_after_the_deadline()
    {
        await _f.MoveToAsync(Phase.TopicCollection);
        Assert.Contains(await KindsOf(ManagerOfA), k => k == MyTaskKinds.ProposeTopics);
        Assert.DoesNotContain(await KindsOf(Coordinator), k => k == MyTaskKinds.OpenVoting);

        var topic = await _f.ProposeAsync("Hundesteuer", ManagerOfA);
        Assert.DoesNotContain(await KindsOf(ManagerOfA), k => k == MyTaskKinds.ProposeTopics);
        Assert.Contains(await KindsOf(_f.ManagerOfB), k => k == MyTaskKinds.ProposeTopics);
        var open = Single(await TasksOf(Coordinator), MyTaskKinds.OpenVoting);
        Assert.StartsWith("1 Thema ist vorgeschlagen.", open.Description, StringComparison.Ordinal);

        await _f.MoveToAsync(Phase.Voting);
        var werkstatt = await WerkstattAsync();
        var vote = Single(await TasksOf(ManagerOfA), MyTaskKinds.Vote);
        Assert.Equal(werkstatt.Schedule.VotingCloses, vote.Due);
        Assert.Equal($"/Werkstaetten/{_f.WerkstattId.Value}/Abstimmung", vote.Link);
        Assert.Equal("Werkstatt Test", vote.WerkstattTitle);
        Assert.False(vote.IsOverdue(_f.Net.Clock.GetUtcNow()));
        Assert.DoesNotContain(await KindsOf(Coordinator), k => k is MyTaskKinds.Vote or MyTaskKinds.CloseVoting);
        Assert.Contains("3 Verwaltungen haben noch nicht abgestimmt", (await BlockersAsync()).Select(b => b.Text));

        await _f.CastAsync(ManagerOfA, _f.Net.StadtA.Id, (topic, 2));
        Assert.DoesNotContain(await KindsOf(ManagerOfA), k => k == MyTaskKinds.Vote);
        Assert.Contains("2 Verwaltungen haben noch nicht abgestimmt", (await BlockersAsync()).Select(b => b.Text));

        _f.Net.Clock.SetUtcNow(werkstatt.Schedule.VotingCloses.AddMinutes(1));
        var late = await TasksOf(_f.ManagerOfB);
        Assert.True(Single(late, MyTaskKinds.Vote).IsOverdue(late.Now));
        Assert.Equal(1, late.OverdueCount);
        var close = Single(await TasksOf(Coordinator), MyTaskKinds.CloseVoting);
        Assert.Contains("2 Verwaltungen haben nicht abgestimmt.", close.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coordinator_derives_processes_runs_and_confirms_the_assignment_while_members_declare_capacity()
    {
        await _f.MoveToAsync(Phase.TopicCollection);
        var topic = await _f.ProposeAsync("Wohngeld");
        await _f.MoveToAsync(Phase.Voting);
        await _f.CastAsync(ManagerOfA, _f.Net.StadtA.Id, (topic, 2));
        await _f.CloseAsync();
        Assert.Contains(await KindsOf(Coordinator), k => k == MyTaskKinds.MovePhase);
        await _f.MoveToAsync(Phase.ProcessSelection);

        var derive = Single(await TasksOf(Coordinator), MyTaskKinds.DeriveProcesses);
        Assert.StartsWith("1 gewähltes Thema hat noch keinen Prozess.", derive.Description, StringComparison.Ordinal);
        Assert.Contains("1 gewähltes Thema ohne Prozess", (await BlockersAsync()).Select(b => b.Text));
        CycleFixture.Ok(await _f.Get<ProcessService>().DeriveAsync(Coordinator, _f.WerkstattId, new ProcessInput(topic.Id, "Wohngeld beantragen", null, 2, [MemberLevel.Stadt], false)));
        var ready = await TasksOf(Coordinator);
        Assert.DoesNotContain(ready.All, t => t.Kind == MyTaskKinds.DeriveProcesses);
        Assert.Equal("Weiter zur Phase „Zuteilung“", Single(ready, MyTaskKinds.MovePhase).Title);

        await _f.MoveToAsync(Phase.Assignment);
        Assert.Contains(await KindsOf(ManagerOfA), k => k == MyTaskKinds.DeclareCapacity);
        Assert.DoesNotContain(await KindsOf(Coordinator), k => k is MyTaskKinds.DeclareCapacity or MyTaskKinds.MovePhase);
        Assert.Contains("1 Prozess ohne Zuteilung", (await BlockersAsync()).Select(b => b.Text));
        var solve = Single(await TasksOf(Coordinator), MyTaskKinds.SolveAssignment);
        Assert.Contains("3 Verwaltungen haben noch keine Kapazität gemeldet.", solve.Description, StringComparison.Ordinal);

        await _f.DeclareAsync(ManagerOfA, _f.Net.StadtA.Id, 1);
        await _f.DeclareAsync(_f.ManagerOfB, _f.Net.StadtB.Id, 1);
        Assert.DoesNotContain(await KindsOf(ManagerOfA), k => k == MyTaskKinds.DeclareCapacity);
        var assignment = _f.Get<AssignmentService>();
        var board = CycleFixture.Ok(await assignment.SolveAsync(Coordinator, _f.WerkstattId, 0));
        var confirm = Single(await TasksOf(Coordinator), MyTaskKinds.ConfirmAssignment);
        Assert.Contains("1 Verwaltung hat noch keine Kapazität gemeldet.", confirm.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("Prozess ohne Zuteilung", string.Join("|", (await BlockersAsync()).Select(b => b.Text)), StringComparison.Ordinal);

        CycleFixture.Ok(await assignment.ConfirmAsync(Coordinator, _f.WerkstattId, board.Plan.Version));
        var confirmed = await TasksOf(Coordinator);
        Assert.DoesNotContain(confirmed.All, t => t.Kind is MyTaskKinds.ConfirmAssignment or MyTaskKinds.SolveAssignment);
        Assert.Equal("Weiter zur Phase „Modellierung“", Single(confirmed, MyTaskKinds.MovePhase).Title);
        Assert.DoesNotContain(await KindsOf(_f.ManagerOfKreis), k => k == MyTaskKinds.DeclareCapacity);
        Assert.Empty(await BlockersAsync());
    }

    [Fact]
    public async Task A_date_driven_phase_move_appears_two_days_before_its_milestone_and_is_overdue_after_it()
    {
        var werkstatt = await WerkstattAsync();
        _f.Net.Clock.SetUtcNow(werkstatt.Schedule.TopicCollectionOpens - PhaseMoveTaskSource.Lead - TimeSpan.FromHours(1));
        Assert.DoesNotContain(await KindsOf(Coordinator), k => k == MyTaskKinds.MovePhase);

        _f.Net.Clock.Advance(TimeSpan.FromHours(2));
        var soon = Single(await TasksOf(Coordinator), MyTaskKinds.MovePhase);
        Assert.Equal("Weiter zur Phase „Themensammlung“", soon.Title);
        Assert.False(soon.IsOverdue(_f.Net.Clock.GetUtcNow()));
        Assert.Equal(0, (await TasksOf(ManagerOfA)).Count);

        _f.Net.Clock.SetUtcNow(werkstatt.Schedule.TopicCollectionOpens.AddDays(1));
        var late = await TasksOf(Coordinator);
        Assert.True(Single(late, MyTaskKinds.MovePhase).IsOverdue(late.Now));
    }

    [Fact]
    public async Task Failed_mails_are_a_network_task_for_the_coordinator_only()
    {
        var messages = await OutboxFill.AddAsync(_f.Net.Services, _f.Net.Network.Id.Value, 2);
        await using (var scope = _f.Net.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
            foreach (var id in messages.Select(m => m.Id))
            {
                (await db.Set<Werkstatt.Service.Notifications.OutboxMessage>().FindAsync(id))!.Status = Werkstatt.Service.Notifications.OutboxStatus.Failed;
            }

            await db.SaveChangesAsync();
        }

        var tasks = await TasksOf(Coordinator);
        var group = tasks.Groups[0];
        Assert.Null(group.WerkstattId);
        Assert.Equal(MyTasksService.NetworkGroupTitle, group.Title);
        var problem = Single(tasks, MyTaskKinds.OutboxProblems);
        Assert.StartsWith("2 Nachrichten konnten nach allen Versuchen nicht zugestellt werden.", problem.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(await KindsOf(ManagerOfA), k => k == MyTaskKinds.OutboxProblems);
        Assert.Equal(ErrorKind.Forbidden, (await _f.Get<MyTasksService>().ForAsync(NetworkFixture.Outsider, _f.Net.Network.Id)).Error?.Kind);
    }

    private async Task<MyTasksView> TasksOf(Actor actor) => CycleFixture.Ok(await _f.Get<MyTasksService>().ForAsync(actor, _f.Net.Network.Id));

    private async Task<IReadOnlyList<string>> KindsOf(Actor actor) => (await TasksOf(actor)).All.Select(t => t.Kind).ToList();

    private static MyTask Single(MyTasksView view, string kind) => Assert.Single(view.All, t => t.Kind == kind);

    private async Task<Werkstatt.Domain.Cycle.Werkstatt> WerkstattAsync() =>
        CycleFixture.Ok(await _f.Get<WerkstattService>().GetAsync(Coordinator, _f.WerkstattId)).Werkstatt;

    private async Task<IReadOnlyList<PhaseBlocker>> BlockersAsync() =>
        CycleFixture.Ok(await _f.Get<TimelineService>().ForAsync(Coordinator, await WerkstattAsync())).Blockers;
}

public sealed class SqliteMyTasksTests() : MyTasksTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresMyTasksTests() : MyTasksTests(PostgresWerkstattDbContext.Name);
