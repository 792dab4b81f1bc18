using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Persistence;
using Werkstatt.Web.Tests.Support;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Web.Tests.Pages;

/// <summary>The pages "Hintergrundaufgaben" and "Benachrichtigungen", and the scheduler the web app runs by default.</summary>
public sealed class JobsPagesTests(WerkstattWebFactory factory) : IClassFixture<WerkstattWebFactory>
{
    private const string Page = "/Verwaltung/Hintergrundaufgaben";

    [Fact]
    public async Task The_web_app_plans_the_jobs_and_a_due_voting_reminder_lands_in_the_pickup_directory()
    {
        var client = await factory.LoginThroughFormAsync(WerkstattWebFactory.Coordinator);
        var id = await AddWerkstattInVotingAsync(TimeSpan.FromMinutes(2));

        var mails = Path.Combine(factory.DataDirectory, "mail");
        // The demo's invitations (text/calendar) land there too; count the reminders only.
        var files = await WaitAsync(
            () => Directory.Exists(mails) ? Directory.GetFiles(mails, "*.eml").Where(f => !File.ReadAllText(f).Contains("text/calendar", StringComparison.Ordinal)).ToArray() : [],
            f => f.Length >= 13 && f.Any(file => File.ReadAllText(file).Contains("pm@stadt-musterstadt.example", StringComparison.Ordinal)));
        var all = string.Join("\n", files.Select(File.ReadAllText)).Replace("=\r\n", "", StringComparison.Ordinal); // quoted-printable soft breaks
        Assert.True(all.Contains("pm@stadt-musterstadt.example", StringComparison.Ordinal), $"{files.Length} mails; {await DebugAsync()}");
        Assert.Contains($"/Werkstaetten/{id}", all, StringComparison.Ordinal);

        var html = await WaitAsync(() => client.GetHtmlAsync(Page), h => PageClient.Text(h).Contains("Reminder.VotingCloses.", StringComparison.Ordinal));
        var text = PageClient.Text(html);
        Assert.Contains("Geplante Aufträge", text, StringComparison.Ordinal);
        Assert.Contains("Demo-Abstimmung", text, StringComparison.Ordinal);
        Assert.Contains("Einzelbetrieb mit SQLite", text, StringComparison.Ordinal);
        Assert.True(text.Contains("Reminder.VotingCloses.", StringComparison.Ordinal), await DebugAsync());
        Assert.Contains("Frist „Ende der Abstimmung“", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(WerkstattWebFactory.Admin, true)]
    [InlineData(WerkstattWebFactory.ManagerMusterstadt, false)]
    public async Task Only_admins_and_coordinators_see_the_background_jobs(string email, bool allowed)
    {
        var client = await factory.LoginThroughFormAsync(email);
        var response = await client.GetAsync(new Uri(Page, UriKind.Relative));
        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Postausgang", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("/ZugriffVerweigert", response.Headers.Location?.AbsolutePath);
            Assert.DoesNotContain(Page, await client.GetHtmlAsync("/"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_coordinator_sees_a_failed_mail_with_its_error_and_sends_it_again()
    {
        var failed = await AddFailedMessageAsync();
        var client = await factory.LoginThroughFormAsync(WerkstattWebFactory.Coordinator);
        var text = PageClient.Text(await client.GetHtmlAsync(Page));
        Assert.Contains("550 Mailbox unavailable", text, StringComparison.Ordinal);

        var response = await client.PostFormAsync(Page, [], $"{Page}?handler=Resend&id={failed}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("wird erneut gesendet", PageClient.Text(await client.GetHtmlAsync(Page)), StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<WerkstattDbContext>().Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == failed);
        Assert.NotEqual(OutboxStatus.Failed, row.Status);
    }

    [Fact]
    public async Task Reminder_offsets_are_checked_and_saved()
    {
        var client = await factory.LoginThroughFormAsync(WerkstattWebFactory.Coordinator);
        var fields = new Dictionary<string, string>
        {
            ["Input.VotingDays"] = "3, zwei", ["Input.ModellingDays"] = "10, 3", ["Input.ReviewDays"] = "3",
            ["Input.WorkshopDays"] = "7, 1", ["Input.FollowUpDays"] = "2", ["Input.EscalationDays"] = "1",
        };
        var refused = await client.PostFormAsync(Page, fields, $"{Page}?handler=Settings");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("„zwei“ ist keine Tageszahl", PageClient.Text(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        fields["Input.VotingDays"] = "3";
        var saved = await client.PostFormAsync(Page, fields, $"{Page}?handler=Settings");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("value=\"10, 3\"", await client.GetHtmlAsync(Page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_process_manager_chooses_the_daily_digest_on_the_preferences_page()
    {
        var client = await factory.LoginThroughFormAsync(WerkstattWebFactory.ManagerBeispielburg);
        var html = await client.GetHtmlAsync("/Einstellungen/Benachrichtigungen");
        Assert.Contains("Abstimmung endet bald", html, StringComparison.Ordinal);
        var response = await client.PostFormAsync("/Einstellungen/Benachrichtigungen", new()
        {
            ["Input.Voting"] = "true", ["Input.Modelling"] = "false", ["Input.Review"] = "true", ["Input.Workshop"] = "true",
            ["Input.FollowUp"] = "true", ["Input.Escalation"] = "true", ["Input.DailyDigest"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetHtmlAsync("/Einstellungen/Benachrichtigungen");
        Assert.Contains("Ihre Einstellungen sind gespeichert", after, StringComparison.Ordinal);
        Assert.Matches("id=\"Input_DailyDigest\"[^>]*checked|checked[^>]*id=\"Input_DailyDigest\"", after);
    }

    private async Task<WerkstattId> AddWerkstattInVotingAsync(TimeSpan votingClosesIn)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        var network = await db.Networks.FirstAsync();
        var now = DateTimeOffset.UtcNow;
        var closes = now + votingClosesIn;
        var day1 = BerlinTime.DateOf(closes).AddDays(60);
        var schedule = Schedule.Create(now.AddDays(-14), closes, closes.AddDays(7), closes.AddDays(30), closes.AddDays(40), closes.AddDays(50),
            BerlinTime.ToUtc(day1, new TimeOnly(9, 0)), BerlinTime.ToUtc(day1, new TimeOnly(16, 0)), null, null, BerlinTime.ToUtc(day1.AddDays(20), new TimeOnly(23, 59)));
        var werkstatt = WerkstattAggregate.Plan(network.Id, "Demo-Abstimmung", schedule, Venue.Online("https://meet.example/demo"), now);
        werkstatt.MoveTo(Phase.TopicCollection, now, "Test");
        werkstatt.MoveTo(Phase.Voting, now, "Test");
        db.Werkstaetten.Add(werkstatt);
        await db.SaveChangesAsync();
        return werkstatt.Id;
    }

    private async Task<string> DebugAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        var c = db.Database.GetDbConnection();
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT coalesce((SELECT group_concat(DISTINCT sched_name) FROM qrtz_job_details), '-') || ' jobs=' || (SELECT count(*) FROM qrtz_job_details) || ' req=' || (SELECT count(*) FROM job_replan_requests) || ' w=' || (SELECT count(*) FROM werkstaetten) || ' runs=' || (SELECT count(*) FROM job_runs) || ' out=' || (SELECT count(*) FROM outbox_messages) || ' r=' || coalesce((SELECT group_concat(JobName || '/' || Outcome || '/' || coalesce(Detail, ''), '; ') FROM job_runs), '-') || ' q=' || coalesce((SELECT group_concat(job_name || '@' || coalesce(t.next_fire_time, 0) || ':' || coalesce(t.trigger_state, '-'), '; ') FROM qrtz_triggers t WHERE job_name LIKE 'Reminder.Voting%'), '-')";
        return (await cmd.ExecuteScalarAsync())?.ToString() ?? "null";
    }

    private async Task<Guid> AddFailedMessageAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        var network = await db.Networks.FirstAsync();
        var id = Guid.CreateVersion7();
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = id, IdempotencyKey = $"test|{id:N}", MessageId = $"<{id:N}@localhost>", NetworkId = network.Id.Value, Reason = "Test",
            ToAddress = "niemand@stadt.example", ToName = "Niemand", Subject = "Erinnerung: Test", TextBody = "Text", HtmlBody = "<p>Text</p>",
            Status = OutboxStatus.Failed, Attempts = 8, LastError = "550 Mailbox unavailable", CreatedAt = DateTimeOffset.UtcNow,
            DueAt = DateTimeOffset.UtcNow, NextAttemptAt = DateTimeOffset.UtcNow.AddYears(1),
        });
        await db.SaveChangesAsync();
        return id;
    }

    private static async Task<T> WaitAsync<T>(Func<T> read, Func<T, bool> done) => await WaitAsync(() => Task.FromResult(read()), done);

    private static async Task<T> WaitAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        for (var i = 0; ; i++)
        {
            var value = await read();
            if (done(value) || i >= 300)
            {
                return value;
            }

            await Task.Delay(100);
        }
    }
}
