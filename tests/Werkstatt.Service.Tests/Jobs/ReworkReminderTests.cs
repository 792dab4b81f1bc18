using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Review;
using Werkstatt.Service.Accounts;
using Werkstatt.Service.Demo;
using Werkstatt.Service.Jobs;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Tests.Submissions;
using Werkstatt.Service.Tests.Voting;

namespace Werkstatt.Service.Tests.Jobs;

/// <summary>A rework deadline is reminded to the member's people and escalated to the coordination, like the phase deadlines.</summary>
public abstract class ReworkReminderTests(string provider) : IAsyncLifetime
{
    private SubmissionWorld _w = null!;
    private Person _managerOfA = null!;
    private Person _coordinator = null!;

    public async ValueTask InitializeAsync()
    {
        _w = await SubmissionWorld.CreateAsync(provider);
        await using var scope = _w.Cycle.Net.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        _managerOfA = await AddAsync(db, accounts, _w.StadtA.Id, "Paula Prozess", "pm@stadt-a.example", Role.ProcessManager);
        await AddAsync(db, accounts, _w.StadtB.Id, "Bernd Prozess", "pm@stadt-b.example", Role.ProcessManager);
        _coordinator = await AddAsync(db, accounts, null, "Clara Koordination", "koordination@netz.example", Role.Coordinator);
        db.People.Add(Person.Create(_w.Cycle.Net.Network.Id, _w.StadtA.Id, "Fritz Fachmann", "fach@stadt-a.example", null));
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync() => await _w.DisposeAsync();

    [Fact]
    public async Task A_rework_deadline_reminds_the_members_process_managers_and_escalates_to_the_coordination()
    {
        var clock = _w.Cycle.Net.Clock;
        var deadline = clock.GetUtcNow().AddDays(5);
        await RequestReworkAsync(_w.StadtA.Id, deadline);
        var reminder = $"Reminder.Rework.{_w.Process.Id.Value:N}.{_w.StadtA.Id.Value:N}.2d";
        var escalation = $"Escalation.Rework.{_w.Process.Id.Value:N}.{_w.StadtA.Id.Value:N}.1d";

        // The request itself asks for re-planning, in its own transaction.
        await using (var db = _w.Cycle.Net.Database.NewContext())
        {
            Assert.Contains(_w.WerkstattId.Value, await db.Set<JobReplanRequest>().Select(r => r.WerkstattId).ToListAsync());
        }

        // The 7-day offset lies before the request and is dropped; 2 days before, and the escalation, are planned.
        var planned = (await PlanAsync()).Where(s => s.Rework is not null).Select(s => s.Name).ToList();
        Assert.Equal([reminder, escalation], planned);

        clock.SetUtcNow(deadline.AddDays(-3));
        Assert.False((await RunAsync(reminder, deadline)).Done);
        Assert.Empty(await OutboxAsync());

        clock.SetUtcNow(deadline.AddDays(-2));
        Assert.True((await RunAsync(reminder, deadline)).Done);
        var sent = Assert.Single(await OutboxAsync());
        Assert.Equal(_managerOfA.Email, sent.ToAddress);
        Assert.StartsWith("Erinnerung: Überarbeitung „Wohnsitz anmelden“ fällig am", sent.Subject, StringComparison.Ordinal);
        Assert.Contains($"/Werkstaetten/{_w.WerkstattId}/Einreichungen/{_w.Process.Id}/{_w.StadtA.Id}", sent.TextBody, StringComparison.Ordinal);

        clock.SetUtcNow(deadline.AddDays(1).AddMinutes(1));
        Assert.True((await RunAsync(escalation, deadline)).Done);
        Assert.True((await RunAsync(escalation, deadline)).Done);
        var escalated = Assert.Single(await OutboxAsync(), m => m.ToAddress == _coordinator.Email);
        Assert.StartsWith("Überfällig: Überarbeitung „Wohnsitz anmelden“ (Stadt A)", escalated.Subject, StringComparison.Ordinal);
        Assert.Equal(2, (await OutboxAsync()).Count);
    }

    [Fact]
    public async Task A_resubmitted_model_ends_the_rework_reminders()
    {
        var deadline = _w.Cycle.Net.Clock.GetUtcNow().AddDays(10);
        await RequestReworkAsync(_w.StadtB.Id, deadline);
        var reminder = $"Reminder.Rework.{_w.Process.Id.Value:N}.{_w.StadtB.Id.Value:N}.7d";
        Assert.Contains(reminder, (await PlanAsync()).Select(s => s.Name));

        CycleFixture.Ok(await _w.UploadAsync(_w.ManagerOfB, _w.StadtB.Id, DemoModels.Read(DemoModels.WohnsitzV2), "wohnsitz-v2.bpmn"));

        Assert.DoesNotContain(await PlanAsync(), s => s.Rework is not null);
        _w.Cycle.Net.Clock.SetUtcNow(deadline.AddDays(-7));
        Assert.False((await RunAsync(reminder, deadline)).Done);
        Assert.Empty(await OutboxAsync());
    }

    private async Task RequestReworkAsync(MemberId member, DateTimeOffset deadline)
    {
        var uploaded = CycleFixture.Ok(await _w.UploadAsync(member == _w.StadtA.Id ? _w.ManagerOfA : _w.ManagerOfB, member, DemoModels.Read(DemoModels.WohnsitzV1), "wohnsitz.bpmn"));
        var rework = CycleFixture.Ok(await _w.Reviews.RequestReworkAsync(
            _w.Reviewer, _w.WerkstattId, _w.Process.Id, member, [new ReworkRequest("Gebühr fehlt.", null)], deadline, uploaded.Version));
        Assert.Equal(ReviewState.ReworkRequested, rework.State);
    }

    private async Task<IReadOnlyList<JobStep>> PlanAsync()
    {
        await using var scope = _w.Cycle.Net.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        var werkstatt = await db.Werkstaetten.AsNoTracking().SingleAsync(w => w.Id == _w.WerkstattId);
        return await scope.ServiceProvider.GetRequiredService<MilestoneJobService>().PlanAsync(werkstatt);
    }

    private async Task<StepResult> RunAsync(string step, DateTimeOffset plannedFor)
    {
        await using var scope = _w.Cycle.Net.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MilestoneJobService>().RunStepAsync(_w.WerkstattId, step, plannedFor);
    }

    private async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = _w.Cycle.Net.Database.NewContext();
        return await db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.ToAddress).ToListAsync();
    }

    private async Task<Person> AddAsync(WerkstattDbContext db, AccountService accounts, MemberId? member, string name, string email, Role role)
    {
        var person = Person.Create(_w.Cycle.Net.Network.Id, member, name, email, null);
        db.People.Add(person);
        await db.SaveChangesAsync();
        var login = await accounts.CreateLoginAsync(person, role, "Test-Passwort-123");
        Assert.True(login.IsSuccess, login.Error?.Message);
        return person;
    }
}

public sealed class SqliteReworkReminderTests() : ReworkReminderTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresReworkReminderTests() : ReworkReminderTests(PostgresWerkstattDbContext.Name);
