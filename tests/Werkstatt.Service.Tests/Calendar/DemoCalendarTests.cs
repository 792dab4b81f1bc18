using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Calendar.Feed;
using Werkstatt.Service.Common;
using Werkstatt.Service.Invitations;
using Werkstatt.Service.Persistence;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Service.Tests.Calendar;

/// <summary>The demo's invitations as the CLI export writes them, and a demo person's feed, through the independent checkers.</summary>
public sealed class DemoCalendarTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"werkstatt-export-{Guid.NewGuid():N}");
    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(SqliteWerkstattDbContext.Name);
        _services = await TestServices.CreateAsync(_database, demo: true);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task The_export_writes_one_valid_imip_mail_per_participant_and_day_and_the_feed_is_a_valid_publish()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        var werkstatt = await db.Werkstaetten.AsNoTracking().SingleAsync(w => w.Title == "Prozesswerkstatt Ordnung und Soziales");
        var outboxBefore = await db.Set<Werkstatt.Service.Notifications.OutboxMessage>().CountAsync();

        var files = (await scope.ServiceProvider.GetRequiredService<InvitationExport>().ExportAsync(Actor.System, werkstatt.Id, _directory)).Value!;

        Assert.Equal(16, files.Count);
        Assert.Equal(outboxBefore, await db.Set<Werkstatt.Service.Notifications.OutboxMessage>().CountAsync());
        var calendars = files.Select(f => CalendarOf(File.ReadAllText(f))).ToList();
        Assert.All(files, f => Assert.Matches("Content-Type: text/calendar;[^\r\n]*method=REQUEST", File.ReadAllText(f)));

        var person = await db.People.AsNoTracking().SingleAsync(p => p.Email == "pm@stadt-musterstadt.example");
        db.Add(new CalendarFeedToken { PersonId = person.Id.Value, TokenHash = CalendarFeedService.Hash("demo-token"), CreatedAt = TestServices.DefaultNow });
        await db.SaveChangesAsync();
        var feed = await scope.ServiceProvider.GetRequiredService<CalendarFeedService>().FeedAsync("demo-token");
        Assert.NotNull(feed);
        Assert.Null(await scope.ServiceProvider.GetRequiredService<CalendarFeedService>().FeedAsync("other-token"));
        calendars.Add(feed);

        var results = await CalendarCheckers.CheckAsync(calendars);
        Assert.All(results.Python, r => Assert.True(r.GetProperty("libicalOk").GetBoolean() && r.GetProperty("pythonOk").GetBoolean(), r.ToString()));
        Assert.All(results.IcalJs, r => Assert.True(r.GetProperty("ok").GetBoolean(), r.ToString()));
        var published = results.IcalJs[^1];
        Assert.Equal("PUBLISH", published.GetProperty("method").GetString());
        var uids = published.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("uid").GetString()).ToList();
        Assert.Contains($"werkstatt-{werkstatt.Id.Value:N}-tag1@localhost", uids);
        Assert.Contains($"werkstatt-{werkstatt.Id.Value:N}-tag2@localhost", uids);
        Assert.Contains(uids, u => u!.StartsWith("frist-", StringComparison.Ordinal));
        var invited = results.IcalJs.Take(16).SelectMany(r => r.GetProperty("events").EnumerateArray()).Select(e => e.GetProperty("uid").GetString()).Distinct().ToList();
        Assert.Equal(2, invited.Count);
        Assert.All(invited, u => Assert.Contains(u, uids));
    }

    private static string CalendarOf(string eml)
    {
        var message = eml.Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = message.IndexOf("Content-Type: text/calendar", StringComparison.Ordinal);
        var body = message.IndexOf("\n\n", start, StringComparison.Ordinal) + 2;
        var end = message.IndexOf("\n--", body, StringComparison.Ordinal);
        return Encoding.UTF8.GetString(Convert.FromBase64String(message[body..end].Replace("\n", string.Empty, StringComparison.Ordinal)));
    }
}
