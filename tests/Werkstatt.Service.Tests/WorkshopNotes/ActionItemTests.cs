using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Cycle.Events;
using Werkstatt.Domain.WorkshopNotes;
using Werkstatt.Service.Common;
using Werkstatt.Service.Events;
using Werkstatt.Service.Jobs;
using Werkstatt.Service.MyTasks;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Tests.Voting;
using Werkstatt.Service.Werkstaetten;
using Werkstatt.Service.WorkshopNotes;

namespace Werkstatt.Service.Tests.WorkshopNotes;

/// <summary>Action items: tasks for the owner member, reminders before the due day, escalation after it, and the summary mail.</summary>
public abstract class ActionItemTests(string provider) : IAsyncLifetime
{
    private NotesWorld _n = null!;

    private WerkstattId Id => _n.W.WerkstattId;

    private Domain.Processes.ProcessId Process => _n.W.Process.Id;

    public async ValueTask InitializeAsync()
    {
        _n = await NotesWorld.CreateAsync(provider);
        await _n.SetPhaseAsync(Phase.Workshop);
    }

    public async ValueTask DisposeAsync() => await _n.DisposeAsync();

    [Fact]
    public async Task An_action_item_is_a_task_of_its_owner_reminded_before_and_escalated_after_its_due_day()
    {
        var due = new DateOnly(2027, 10, 15);
        var item = CycleFixture.Ok(await _n.Actions.AddAsync(_n.W.Reviewer, Id, Process, new ActionItemInput("Gebührensatzung prüfen", _n.W.StadtA.Id.Value, due)));
        await using (var db = _n.W.Cycle.Net.Database.NewContext())
        {
            Assert.Contains(Id.Value, await db.Set<JobReplanRequest>().Select(r => r.WerkstattId).ToListAsync());
        }

        var task = Assert.Single(await TasksAsync(_n.W.ManagerOfA), t => t.Kind == ActionItemTaskSource.Kind);
        Assert.Equal(("Maßnahme umsetzen: Wohnsitz anmelden", "Gebührensatzung prüfen"), (task.Title, task.Description));
        Assert.Equal(BerlinTime.ToUtc(due, new TimeOnly(23, 59)), task.Due);
        Assert.Equal($"/Werkstaetten/{Id}/Raum/{Process}#massnahmen", task.Link);
        Assert.Contains(await TasksAsync(_n.W.Cycle.Net.ExpertOfA), t => t.Kind == ActionItemTaskSource.Kind);
        Assert.DoesNotContain(await TasksAsync(_n.W.ManagerOfB), t => t.Kind == ActionItemTaskSource.Kind);

        var reminder = $"Reminder.Action.{item.Id.Value:N}.2d";
        var escalation = $"Escalation.Action.{item.Id.Value:N}.1d";
        var notice = BerlinTime.ToUtc(due, new TimeOnly(8, 0));
        Assert.Equal([reminder, escalation], (await PlanAsync()).Where(s => s.Action is not null).Select(s => s.Name));

        var clock = _n.W.Cycle.Net.Clock;
        clock.SetUtcNow(notice.AddDays(-3));
        Assert.False((await RunAsync(reminder, notice)).Done);
        clock.SetUtcNow(notice.AddDays(-2));
        Assert.True((await RunAsync(reminder, notice)).Done);
        var sent = Assert.Single(await _n.OutboxAsync());
        Assert.Equal((_n.PersonA.Email, "Erinnerung: Maßnahme „Wohnsitz anmelden“ fällig am 15.10.2027 – Werkstatt Test"), (sent.ToAddress, sent.Subject));
        Assert.Contains("„Gebührensatzung prüfen“", sent.TextBody, StringComparison.Ordinal);

        clock.SetUtcNow(notice.AddDays(1));
        Assert.Contains(await TasksAsync(_n.W.Coordinator), t => t.Kind == ActionItemTaskSource.OverdueKind);
        Assert.True((await RunAsync(escalation, notice)).Done);
        Assert.True((await RunAsync(escalation, notice)).Done);
        var escalated = Assert.Single(await _n.OutboxAsync(), m => m.ToAddress == _n.CoordinatorPerson.Email);
        Assert.Equal("Überfällig: Maßnahme „Wohnsitz anmelden“ (Stadt A) – Werkstatt Test", escalated.Subject);
        Assert.Equal(2, (await _n.OutboxAsync()).Count);
    }

    [Fact]
    public async Task Moving_or_finishing_an_action_item_replans_its_jobs_and_only_the_owner_or_facilitators_finish_it()
    {
        var item = CycleFixture.Ok(await _n.Actions.AddAsync(_n.W.Coordinator, Id, Process, new ActionItemInput("Formular vereinfachen", _n.W.StadtA.Id.Value, new DateOnly(2027, 10, 1))));
        var before = Assert.Single(await PlanAsync(), s => s.Kind == StepKind.Escalation && s.Action is not null);

        var early = await _n.Actions.AddAsync(_n.W.Coordinator, Id, Process, new ActionItemInput("Zu früh", _n.W.StadtA.Id.Value, new DateOnly(2027, 9, 13)));
        Assert.Equal(("ActionItemsAreNotDueBeforeTheWorkshop", "Due"), (early.Error?.Code, early.Error?.Field));
        Assert.Equal("Owner", (await _n.Actions.AddAsync(_n.W.Coordinator, Id, Process, new ActionItemInput("Fremd", Guid.NewGuid(), new DateOnly(2027, 10, 1)))).Error?.Field);
        Assert.Equal(ErrorKind.Forbidden, (await _n.Actions.AddAsync(_n.W.ManagerOfA, Id, Process, new ActionItemInput("Selbst", _n.W.StadtA.Id.Value, new DateOnly(2027, 10, 1)))).Error?.Kind);

        var moved = CycleFixture.Ok(await _n.Actions.EditAsync(_n.W.Coordinator, Id, Process, item.Id, new ActionItemInput("Formular vereinfachen", _n.W.StadtA.Id.Value, new DateOnly(2027, 11, 1)), item.Version));
        var after = Assert.Single(await PlanAsync(), s => s.Kind == StepKind.Escalation && s.Action is not null);
        Assert.Equal(before.Name, after.Name);
        Assert.True(after.MilestoneAt > before.MilestoneAt);
        _n.W.Cycle.Net.Clock.SetUtcNow(before.FireAt.AddMinutes(1));
        Assert.False((await RunAsync(before.Name, before.MilestoneAt)).Done);

        Assert.Equal(ErrorKind.Forbidden, (await _n.Actions.MarkDoneAsync(_n.W.ManagerOfB, Id, Process, item.Id, true, moved.Version)).Error?.Kind);
        Assert.Equal(ErrorKind.Concurrency, (await _n.Actions.MarkDoneAsync(_n.W.ManagerOfA, Id, Process, item.Id, true, item.Version)).Error?.Kind);
        var done = CycleFixture.Ok(await _n.Actions.MarkDoneAsync(_n.W.ManagerOfA, Id, Process, item.Id, true, moved.Version));
        Assert.Equal((ActionItemStatus.Done, "PM A"), (done.Status, done.DoneBy));
        Assert.Equal("ActionItemIsDoneOnlyOnce", (await _n.Actions.MarkDoneAsync(_n.W.Coordinator, Id, Process, item.Id, true, done.Version)).Error?.Code);
        Assert.DoesNotContain(await PlanAsync(), s => s.Action is not null);
        Assert.DoesNotContain(await TasksAsync(_n.W.ManagerOfA), t => t.Kind == ActionItemTaskSource.Kind);

        // Published: the item can still be reopened, and then it is reminded again.
        await _n.SetPhaseAsync(Phase.Published);
        CycleFixture.Ok(await _n.Actions.MarkDoneAsync(_n.W.Coordinator, Id, Process, item.Id, false, done.Version));
        Assert.Contains(await PlanAsync(), s => s.Action is not null);
        Assert.Equal("WorkshopNotesAreTakenDuringTheWorkshopAndFollowUp", (await _n.Actions.DeleteAsync(_n.W.Coordinator, Id, Process, item.Id, done.Version + 1)).Error?.Code);
    }

    [Fact]
    public async Task Entering_the_follow_up_mails_each_member_one_summary_of_decisions_and_its_action_items()
    {
        CycleFixture.Ok(await _n.W.Cycle.Get<WorkshopNotesService>().AddAsync(_n.W.Coordinator, Id, Process, new NoteInput(NoteKind.Decision, "Online-Bezahlung für alle.", null)));
        CycleFixture.Ok(await _n.W.Cycle.Get<WorkshopNotesService>().AddAsync(_n.W.Coordinator, Id, Process, new NoteInput(NoteKind.Idea, "Chatbot", null)));
        CycleFixture.Ok(await _n.Actions.AddAsync(_n.W.Coordinator, Id, Process, new ActionItemInput("Gebührensatzung prüfen", _n.W.StadtA.Id.Value, new DateOnly(2027, 10, 15))));
        CycleFixture.Ok(await _n.Actions.AddAsync(_n.W.Coordinator, Id, Process, new ActionItemInput("Zahlungsanbieter vergleichen", _n.W.StadtB.Id.Value, new DateOnly(2027, 11, 1))));

        var werkstatt = await _n.WerkstattAsync();
        _n.W.Cycle.Net.Clock.SetUtcNow(werkstatt.Schedule.LastDayEnd.AddHours(1));
        CycleFixture.Ok(await _n.W.Cycle.Get<WerkstattService>().MoveAsync(_n.W.Coordinator, Id, Phase.FollowUp, werkstatt.Version));

        var mails = (await _n.OutboxAsync()).Where(m => m.Reason == WorkshopSummaryHandler.Reason).ToList();
        Assert.Equal([_n.PersonA.Email, _n.PersonB.Email], mails.Select(m => m.ToAddress));
        var toA = mails[0];
        Assert.Equal("Zusammenfassung der Prozesswerkstatt „Werkstatt Test“", toA.Subject);
        Assert.Contains("Entscheidungen\n- Wohnsitz anmelden: Online-Bezahlung für alle.", toA.TextBody, StringComparison.Ordinal);
        Assert.Contains("Maßnahmen von Stadt A\n- Wohnsitz anmelden: Gebührensatzung prüfen – fällig am 15.10.2027", toA.TextBody, StringComparison.Ordinal);
        Assert.Contains("Maßnahmen der anderen Verwaltungen\n- Wohnsitz anmelden: Zahlungsanbieter vergleichen (Stadt B, bis 01.11.2027)", toA.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Chatbot", toA.TextBody, StringComparison.Ordinal);
        Assert.Contains("Maßnahmen von Stadt B\n- Wohnsitz anmelden: Zahlungsanbieter vergleichen", mails[1].TextBody, StringComparison.Ordinal);

        // A retried transition (the handler running again) adds nothing.
        await using (var scope = _n.W.Cycle.Net.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
            await scope.ServiceProvider.GetRequiredService<WorkshopSummaryHandler>()
                .HandleAsync(new WerkstattPhaseChanged(Id, Phase.Workshop, Phase.FollowUp, _n.W.Cycle.Net.Clock.GetUtcNow()), CancellationToken.None);
            await db.SaveChangesAsync();
        }

        Assert.Equal(2, (await _n.OutboxAsync()).Count(m => m.Reason == WorkshopSummaryHandler.Reason));

        // The library version of the process carries the notes and action items as its workshop notes.
        var source = await _n.W.Cycle.Get<Werkstatt.Service.Library.Sources.ILibrarySource>().ForWerkstattAsync(Id, CancellationToken.None);
        Assert.Equal(
            "Entscheidung: Online-Bezahlung für alle.\nIdee: Chatbot\nMaßnahme (Stadt A, bis 15.10.2027, offen): Gebührensatzung prüfen\nMaßnahme (Stadt B, bis 01.11.2027, offen): Zahlungsanbieter vergleichen",
            Assert.Single(source!.Processes).WorkshopNotes);
    }

    private async Task<IReadOnlyList<MyTask>> TasksAsync(Actor actor) =>
        CycleFixture.Ok(await _n.W.Cycle.Get<MyTasksService>().ForAsync(actor, _n.W.Cycle.Net.Network.Id)).Groups.SelectMany(g => g.Tasks).ToList();

    private async Task<IReadOnlyList<JobStep>> PlanAsync()
    {
        await using var scope = _n.W.Cycle.Net.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        var werkstatt = await db.Werkstaetten.AsNoTracking().SingleAsync(w => w.Id == Id);
        return await scope.ServiceProvider.GetRequiredService<MilestoneJobService>().PlanAsync(werkstatt);
    }

    private async Task<StepResult> RunAsync(string step, DateTimeOffset plannedFor)
    {
        await using var scope = _n.W.Cycle.Net.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MilestoneJobService>().RunStepAsync(Id, step, plannedFor);
    }
}

public sealed class SqliteActionItemTests() : ActionItemTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresActionItemTests() : ActionItemTests(PostgresWerkstattDbContext.Name);
