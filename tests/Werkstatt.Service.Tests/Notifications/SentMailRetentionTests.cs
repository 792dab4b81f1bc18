using Microsoft.EntityFrameworkCore;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Tests.Networks;

namespace Werkstatt.Service.Tests.Notifications;

/// <summary>Sent mails lose their bodies and attachment references after <c>Mail:KeepSentBodiesFor</c>; who got what when stays, unsent mails are untouched.</summary>
public abstract class SentMailRetentionTests(string provider) : IAsyncLifetime
{
    private NetworkFixture _f = null!;

    public async ValueTask InitializeAsync() => _f = await NetworkFixture.CreateAsync(provider);

    public async ValueTask DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task Bodies_of_mails_sent_before_the_retention_are_purged_and_their_headers_kept()
    {
        var now = _f.Clock.GetUtcNow();
        var old = await AddAsync(OutboxStatus.Sent, now - TimeSpan.FromDays(91));
        var recent = await AddAsync(OutboxStatus.Sent, now - TimeSpan.FromDays(89));
        var unsent = await AddAsync(OutboxStatus.Failed, null, created: now - TimeSpan.FromDays(200));

        Assert.Equal(1, await _f.Get<SentMailRetention>().PurgeBodiesAsync());
        Assert.Equal(0, await _f.Get<SentMailRetention>().PurgeBodiesAsync());

        await using var db = _f.Get<WerkstattDbContext>();
        var rows = await db.Set<OutboxMessage>().AsNoTracking().ToDictionaryAsync(m => m.Id);
        var attached = await db.Set<OutboxAttachment>().AsNoTracking().Select(a => a.OutboxMessageId).ToListAsync();
        Assert.Equal(new[] { recent, unsent }.Order(), attached.Order());
        var purged = rows[old];
        Assert.Equal((string.Empty, string.Empty, null), (purged.TextBody, purged.HtmlBody, purged.CalendarBody));
        Assert.Equal(("pm@stadt-a.example", "PM A", "Erinnerung: Abstimmung", OutboxStatus.Sent), (purged.ToAddress, purged.ToName, purged.Subject, purged.Status));
        Assert.Equal(now - TimeSpan.FromDays(91), purged.SentAt);
        Assert.All([rows[recent], rows[unsent]], m => Assert.Equal(("Text", "<p>Text</p>", "BEGIN:VCALENDAR"), (m.TextBody, m.HtmlBody, m.CalendarBody)));
    }

    private async Task<Guid> AddAsync(OutboxStatus status, DateTimeOffset? sentAt, DateTimeOffset? created = null)
    {
        await using var db = _f.Get<WerkstattDbContext>();
        var id = Guid.CreateVersion7();
        var at = created ?? sentAt!.Value;
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = id, IdempotencyKey = $"test|{id:N}", MessageId = $"<{id:N}@localhost>", NetworkId = _f.Network.Id.Value, Reason = "Test",
            ToAddress = "pm@stadt-a.example", ToName = "PM A", Subject = "Erinnerung: Abstimmung", TextBody = "Text", HtmlBody = "<p>Text</p>",
            CalendarBody = "BEGIN:VCALENDAR", Status = status, Attempts = 1, CreatedAt = at, DueAt = at, NextAttemptAt = at, SentAt = sentAt,
        });
        db.Set<OutboxAttachment>().Add(new OutboxAttachment
        {
            Id = Guid.CreateVersion7(), OutboxMessageId = id, Kind = "dossier", ReferenceId = Guid.NewGuid(), FileName = "Vorabunterlagen-v1.pdf", ContentType = "application/pdf",
        });
        await db.SaveChangesAsync();
        return id;
    }
}

public sealed class SqliteSentMailRetentionTests() : SentMailRetentionTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresSentMailRetentionTests() : SentMailRetentionTests(PostgresWerkstattDbContext.Name);
