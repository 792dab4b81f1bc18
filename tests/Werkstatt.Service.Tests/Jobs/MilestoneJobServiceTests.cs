using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Common;
using Werkstatt.Service.Jobs;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Werkstaetten;

namespace Werkstatt.Service.Tests.Jobs;

/// <summary>What the jobs do when they fire, decided from the database and the clock – which the tests move instead of waiting.</summary>
public sealed class MilestoneJobServiceTests : IAsyncLifetime
{
    private JobsWorld _world = null!;

    public async ValueTask InitializeAsync() => _world = await JobsWorld.CreateAsync(SqliteWerkstattDbContext.Name);

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_voting_reminder_is_not_sent_before_its_time_and_then_once_to_every_process_manager()
    {
        var werkstatt = await _world.PlanAsync(Phase.Voting);
        var closes = werkstatt.Schedule.VotingCloses;

        _world.Clock.SetUtcNow(closes.AddDays(-3));
        var early = await RunAsync(werkstatt.Id, "Reminder.VotingCloses.2d", closes);
        Assert.False(early.Done);
        Assert.Empty(await _world.OutboxAsync());

        _world.Clock.SetUtcNow(closes.AddDays(-2));
        Assert.True((await RunAsync(werkstatt.Id, "Reminder.VotingCloses.2d", closes)).Done);
        var again = await RunAsync(werkstatt.Id, "Reminder.VotingCloses.2d", closes);
        Assert.True(again.Done);
        Assert.StartsWith("0 von 2", again.Detail, StringComparison.Ordinal);

        var outbox = await _world.OutboxAsync();
        Assert.Equal(_world.Managers.Select(m => m.Email).Order(), outbox.Select(m => m.ToAddress));
        var first = outbox[0];
        Assert.Equal(OutboxStatus.Pending, first.Status);
        Assert.Equal($"Erinnerung: Die Abstimmung endet am 05.01.2027, 23:59 Uhr – {werkstatt.Title}", first.Subject);
        Assert.Contains($"http://localhost:5080/Werkstaetten/{werkstatt.Id}", first.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"http://localhost:5080/Werkstaetten/{werkstatt.Id}\"", first.HtmlBody, StringComparison.Ordinal);
        Assert.Matches("^<[0-9a-f]{32}@localhost>$", first.MessageId);
        Assert.Equal(closes.AddDays(-2), first.DueAt);
    }

    [Fact]
    public async Task A_trigger_for_a_moved_deadline_does_nothing_and_the_new_date_makes_new_reminders()
    {
        var werkstatt = await _world.PlanAsync(Phase.Voting);
        var oldCloses = werkstatt.Schedule.VotingCloses;
        _world.Clock.SetUtcNow(oldCloses.AddDays(-2));
        await RunAsync(werkstatt.Id, "Reminder.VotingCloses.2d", oldCloses);

        var view = await UpdateAsync(werkstatt.Id, s => s with { VotingCloses = s.VotingCloses.AddDays(3) });
        var newCloses = view.Werkstatt.Schedule.VotingCloses;
        Assert.False((await RunAsync(werkstatt.Id, "Reminder.VotingCloses.2d", oldCloses)).Done);

        _world.Clock.SetUtcNow(newCloses.AddDays(-2));
        Assert.True((await RunAsync(werkstatt.Id, "Reminder.VotingCloses.2d", newCloses)).Done);
        Assert.Equal(4, (await _world.OutboxAsync()).Count);
    }

    [Fact]
    public async Task The_voting_closes_itself_at_the_deadline_and_the_coordinators_page_shows_it()
    {
        var werkstatt = await _world.PlanAsync(Phase.Voting);
        var closes = werkstatt.Schedule.VotingCloses;
        _world.Clock.SetUtcNow(closes.AddSeconds(-30));
        Assert.False((await RunAsync(werkstatt.Id, "Deadline.VotingCloses", closes)).Done);

        _world.Clock.SetUtcNow(closes.AddSeconds(1));
        var result = await RunAsync(werkstatt.Id, "Deadline.VotingCloses", closes);
        Assert.True(result.Done, result.Detail);
        Assert.False((await RunAsync(werkstatt.Id, "Deadline.VotingCloses", closes)).Done);

        await using var scope = _world.Services.CreateAsyncScope();
        var view = await scope.ServiceProvider.GetRequiredService<WerkstattService>().GetAsync(Actor.System, werkstatt.Id);
        Assert.Equal(Phase.ProcessSelection, view.Value!.Werkstatt.Phase);
        Assert.Equal("System (Abstimmungsfrist)", view.Value.Werkstatt.History[^1].By);
    }

    [Fact]
    public async Task Overdue_models_escalate_once_to_the_coordination()
    {
        var werkstatt = await _world.PlanAsync(Phase.Modelling);
        var due = werkstatt.Schedule.ModelsDue;
        _world.Clock.SetUtcNow(due.AddDays(1).AddMinutes(5));
        Assert.True((await RunAsync(werkstatt.Id, "Escalation.ModelsDue.1d", due)).Done);
        Assert.True((await RunAsync(werkstatt.Id, "Escalation.ModelsDue.1d", due)).Done);
        var escalation = Assert.Single(await _world.OutboxAsync());
        Assert.Equal(_world.Coordinator.Email, escalation.ToAddress);
        Assert.StartsWith("Überfällig: Abgabe der Modelle", escalation.Subject, StringComparison.Ordinal);
        Assert.Contains("Phase „Modellierung“", escalation.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workshop_reminders_go_to_every_person_and_review_reminders_to_the_reviewer()
    {
        var werkstatt = await _world.PlanAsync(Phase.QualityReview);
        _world.Clock.SetUtcNow(werkstatt.Schedule.ReviewDue.AddDays(-3));
        await RunAsync(werkstatt.Id, "Reminder.ReviewDue.3d", werkstatt.Schedule.ReviewDue);
        Assert.Equal([_world.Reviewer.Email], (await _world.OutboxAsync()).Select(m => m.ToAddress));

        _world.Clock.SetUtcNow(werkstatt.Schedule.Day1Start.AddDays(-1));
        await RunAsync(werkstatt.Id, "Reminder.WorkshopDay1.1d", werkstatt.Schedule.Day1Start);
        Assert.Equal(1 + 2 + _world.Managers.Count + 1, (await _world.OutboxAsync()).Count);
    }

    [Fact]
    public async Task A_cancelled_werkstatt_sends_nothing_more()
    {
        var werkstatt = await _world.PlanAsync(Phase.Voting);
        var closes = werkstatt.Schedule.VotingCloses;
        _world.Clock.SetUtcNow(closes.AddDays(-2));
        await RunAsync(werkstatt.Id, "Reminder.VotingCloses.2d", closes);

        await using (var scope = _world.Services.CreateAsyncScope())
        {
            var cancelled = await scope.ServiceProvider.GetRequiredService<WerkstattService>().CancelAsync(Actor.System, werkstatt.Id, "Zu wenige Themen", null);
            Assert.True(cancelled.IsSuccess);
        }

        Assert.All(await _world.OutboxAsync(), m => Assert.Equal(OutboxStatus.Cancelled, m.Status));
        _world.Clock.SetUtcNow(closes.AddMinutes(1));
        Assert.False((await RunAsync(werkstatt.Id, "Deadline.VotingCloses", closes)).Done);
    }

    [Fact]
    public async Task Preferences_switch_reminders_off_or_collect_them_in_a_daily_digest()
    {
        await using (var scope = _world.Services.CreateAsyncScope())
        {
            var preferences = scope.ServiceProvider.GetRequiredService<NotificationPreferenceService>();
            Assert.True((await preferences.SaveAsync(await ActorOfAsync(_world.Managers[0].Email), new NotificationPreference { Voting = false })).IsSuccess);
            Assert.True((await preferences.SaveAsync(await ActorOfAsync(_world.Managers[1].Email), new NotificationPreference { DailyDigest = true })).IsSuccess);
        }

        var werkstatt = await _world.PlanAsync(Phase.Voting);
        _world.Clock.SetUtcNow(werkstatt.Schedule.VotingCloses.AddDays(-2));
        await RunAsync(werkstatt.Id, "Reminder.VotingCloses.2d", werkstatt.Schedule.VotingCloses);
        var held = Assert.Single(await _world.OutboxAsync());
        Assert.Equal((_world.Managers[1].Email, OutboxStatus.Held), (held.ToAddress, held.Status));

        await using (var scope = _world.Services.CreateAsyncScope())
        {
            var digests = scope.ServiceProvider.GetRequiredService<DigestService>();
            Assert.Equal(1, await digests.SendDueDigestsAsync());
            Assert.Equal(0, await digests.SendDueDigestsAsync());
        }

        var outbox = await _world.OutboxAsync();
        var digest = Assert.Single(outbox, m => m.Reason == DigestService.Reason);
        Assert.Equal(OutboxStatus.Pending, digest.Status);
        Assert.Contains(held.Subject, digest.TextBody, StringComparison.Ordinal);
        Assert.Equal(digest.Id, outbox.Single(m => m.Id == held.Id).DigestId);
    }

    private async Task<StepResult> RunAsync(WerkstattId id, string step, DateTimeOffset plannedFor)
    {
        await using var scope = _world.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MilestoneJobService>().RunStepAsync(id, step, plannedFor);
    }

    private async Task<WerkstattView> UpdateAsync(WerkstattId id, Func<ScheduleInput, ScheduleInput> change)
    {
        await using var scope = _world.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<WerkstattService>();
        var current = (await service.GetAsync(Actor.System, id)).Value!.Werkstatt;
        var input = ScheduleInput.From(current.Schedule);
        var result = await service.UpdateAsync(Actor.System, id, new UpdateWerkstatt(current.Title, change(input), current.Venue.Format, current.Venue.MeetingUrl, current.Venue.Address, current.Version));
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    private async Task<Actor> ActorOfAsync(string email)
    {
        await using var scope = _world.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<Werkstatt.Service.Accounts.AccountService>();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Werkstatt.Service.Accounts.AppUser>>();
        var user = await users.FindByEmailAsync(email);
        return (await accounts.ActorForUserAsync(user!.Id))!;
    }
}
