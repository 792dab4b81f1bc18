using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Jobs;
using Werkstatt.Service.Jobs.Dashboard;
using Werkstatt.Service.Mail;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Tests.Jobs;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Service.Tests.Mail;

/// <summary>The dispatcher against a real SMTP server on loopback (aiosmtpd), the pickup directory, and servers that fail.</summary>
public sealed class DeliveryTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"werkstatt-mail-{Guid.NewGuid():N}");
    private readonly List<IAsyncDisposable> _owned = [];

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var owned in _owned)
        {
            await owned.DisposeAsync();
        }

        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_reminder_arrives_at_the_smtp_server_with_recipient_subject_body_link_and_its_message_id()
    {
        var smtp = await SinkAsync();
        var world = await WorldAsync(Smtp(smtp.Port));
        var werkstatt = await world.PlanAsync(Phase.Voting);
        world.Clock.SetUtcNow(werkstatt.Schedule.VotingCloses.AddDays(-2));
        await using (var scope = world.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MilestoneJobService>().RunStepAsync(werkstatt.Id, "Reminder.VotingCloses.2d", werkstatt.Schedule.VotingCloses);
        }

        Assert.Equal(2, await DispatchAsync(world));
        var received = await smtp.WaitForAsync(2, TimeSpan.FromSeconds(10));
        var outbox = await world.OutboxAsync();
        Assert.All(outbox, m => Assert.Equal(OutboxStatus.Sent, m.Status));
        var mail = Assert.Single(received, r => r.EnvelopeTo.Contains(world.Managers[0].Email));
        var row = outbox.Single(m => m.ToAddress == world.Managers[0].Email);
        Assert.Equal(row.MessageId, mail.MessageId);
        Assert.Equal("Erinnerung: Die Abstimmung endet am 05.01.2027, 23:59 Uhr – Prozesswerkstatt Bürgerservice", mail.Subject);
        Assert.Equal("multipart/alternative", mail.ContentType);
        Assert.Contains("Guten Tag Paula Prozess 1,", mail.Text, StringComparison.Ordinal);
        Assert.Contains($"Zur Aufgabe: http://localhost:5080/Werkstaetten/{werkstatt.Id}", mail.Text, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"http://localhost:5080/Werkstaetten/{werkstatt.Id}\">", mail.Html, StringComparison.Ordinal);
        Assert.Contains("Werkstatt <werkstatt@", mail.From, StringComparison.Ordinal);
        Assert.Equal("auto-generated", mail.AutoSubmitted);
        Assert.Equal(0, await DispatchAsync(world));
    }

    [Fact]
    public async Task The_default_run_writes_eml_files_into_the_pickup_directory()
    {
        var world = await WorldAsync(new Dictionary<string, string?> { ["Storage:DataDirectory"] = _directory });
        var rows = await OutboxFill.AddAsync(world.Services, world.Network.Id.Value, 3);
        Assert.Equal(3, await DispatchAsync(world));
        var files = Directory.GetFiles(Path.Combine(_directory, "mail"), "*.eml");
        Assert.Equal(3, files.Length);
        var all = string.Join("\n", files.Select(File.ReadAllText));
        Assert.All(rows, r => Assert.Contains($"Message-ID: {r.MessageId}", all, StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_the_server_is_down_messages_are_retried_with_growing_delays_then_failed_visibly_and_can_be_resent()
    {
        var world = await WorldAsync(Smtp(SmtpSink.FreePort(), ("Jobs:MaxAttempts", "3"), ("Jobs:RetryBaseDelay", "00:01:00")));
        var row = (await OutboxFill.AddAsync(world.Services, world.Network.Id.Value, 1))[0];
        var start = world.Clock.GetUtcNow();

        Assert.Equal(1, await DispatchAsync(world));
        var first = (await world.OutboxAsync()).Single();
        Assert.Equal((OutboxStatus.Pending, 1), (first.Status, first.Attempts));
        Assert.InRange(first.NextAttemptAt - start, TimeSpan.FromSeconds(45), TimeSpan.FromSeconds(75));
        Assert.False(string.IsNullOrEmpty(first.LastError));
        Assert.Equal(0, await DispatchAsync(world));

        world.Clock.SetUtcNow(first.NextAttemptAt);
        Assert.Equal(1, await DispatchAsync(world));
        var second = (await world.OutboxAsync()).Single();
        Assert.InRange(second.NextAttemptAt - first.NextAttemptAt, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(150));

        world.Clock.SetUtcNow(second.NextAttemptAt);
        Assert.Equal(1, await DispatchAsync(world));
        var failed = (await world.OutboxAsync()).Single();
        Assert.Equal((OutboxStatus.Failed, 3), (failed.Status, failed.Attempts));

        await using var scope = world.Services.CreateAsyncScope();
        var coordinator = await ActorAsync(world, world.Coordinator.Email);
        var dashboard = (await scope.ServiceProvider.GetRequiredService<JobDashboardService>().GetAsync(coordinator)).Value!;
        Assert.Equal(row.Id, Assert.Single(dashboard.Failed).Id);
        Assert.Equal(1, dashboard.OutboxCounts[OutboxStatus.Failed]);

        var manager = await ActorAsync(world, world.Managers[0].Email);
        Assert.False((await scope.ServiceProvider.GetRequiredService<OutboxService>().ResendAsync(manager, row.Id)).IsSuccess);
        Assert.True((await scope.ServiceProvider.GetRequiredService<OutboxService>().ResendAsync(coordinator, row.Id)).IsSuccess);
        var again = (await world.OutboxAsync()).Single();
        Assert.Equal((OutboxStatus.Pending, 0, row.MessageId), (again.Status, again.Attempts, again.MessageId));
    }

    [Fact]
    public async Task A_refused_recipient_is_retried_then_failed_while_the_others_arrive()
    {
        var smtp = await SinkAsync();
        var world = await WorldAsync(Smtp(smtp.Port, ("Jobs:MaxAttempts", "2"), ("Jobs:RetryBaseDelay", "00:00:10")));
        await OutboxFill.AddAsync(world.Services, world.Network.Id.Value, 3, "person{0}@stadt.example");
        await OutboxFill.AddAsync(world.Services, world.Network.Id.Value, 1, "refuse{0}@stadt.example");
        Assert.Equal(4, await DispatchAsync(world));
        world.Clock.Advance(TimeSpan.FromSeconds(15));
        Assert.Equal(1, await DispatchAsync(world));
        var outbox = await world.OutboxAsync();
        Assert.Equal(3, outbox.Count(m => m.Status == OutboxStatus.Sent));
        var refused = Assert.Single(outbox, m => m.Status == OutboxStatus.Failed);
        Assert.Equal("refuse1@stadt.example", refused.ToAddress);
        Assert.Contains("Mailbox unavailable", refused.LastError, StringComparison.Ordinal);
        Assert.Equal(3, (await smtp.WaitForAsync(3, TimeSpan.FromSeconds(5))).Count);
    }

    private static async Task<int> DispatchAsync(JobsWorld world)
    {
        await using var scope = world.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync("test");
    }

    private static async Task<Werkstatt.Service.Common.Actor> ActorAsync(JobsWorld world, string email)
    {
        await using var scope = world.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Werkstatt.Service.Accounts.AppUser>>();
        var user = await users.FindByEmailAsync(email);
        return (await scope.ServiceProvider.GetRequiredService<Werkstatt.Service.Accounts.AccountService>().ActorForUserAsync(user!.Id))!;
    }

    private static Dictionary<string, string?> Smtp(int port, params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = port.ToString(CultureInfo.InvariantCulture),
            ["Mail:Smtp:StartTls"] = "false",
            ["Mail:Smtp:Timeout"] = "00:00:05",
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    private async Task<SmtpSink> SinkAsync()
    {
        var sink = await SmtpSink.StartAsync();
        _owned.Add(sink);
        return sink;
    }

    private async Task<JobsWorld> WorldAsync(Dictionary<string, string?> settings)
    {
        var world = await JobsWorld.CreateAsync(SqliteWerkstattDbContext.Name, settings);
        _owned.Insert(0, world);
        return world;
    }
}
