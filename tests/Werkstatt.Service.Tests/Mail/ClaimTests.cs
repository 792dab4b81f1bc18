using Microsoft.EntityFrameworkCore;
using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Service.Mail;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Tests.Jobs;

namespace Werkstatt.Service.Tests.Mail;

/// <summary>Many dispatchers on one database never send the same message; once per provider.</summary>
public abstract class ClaimTests(string provider) : IAsyncLifetime
{
    private JobsWorld _world = null!;

    protected IServiceProvider Services => _world.Services;

    public async ValueTask InitializeAsync() => _world = await JobsWorld.CreateAsync(provider, new Dictionary<string, string?> { ["Jobs:DispatchBatchSize"] = "5" }, managers: 1);

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Eight_concurrent_dispatchers_send_every_message_exactly_once()
    {
        var rows = await OutboxFill.AddAsync(_world.Services, _world.Network.Id.Value, 200);
        var transport = new CountingTransport();
        var dispatchers = Enumerable.Range(1, 8).Select(i => Task.Run(async () =>
        {
            while (true)
            {
                await using var scope = _world.Services.CreateAsyncScope();
                var dispatcher = ActivatorUtilities.CreateInstance<OutboxDispatcher>(scope.ServiceProvider, transport);
                if (await dispatcher.DispatchOnceAsync($"d{i}") == 0)
                {
                    return;
                }
            }
        }));
        await Task.WhenAll(dispatchers);

        Assert.Equal(200, transport.Sent.Count);
        Assert.Equal(rows.Select(r => r.MessageId).Order(), transport.Sent.Order());
        Assert.All(await _world.OutboxAsync(), m => Assert.Equal((OutboxStatus.Sent, 1), (m.Status, m.Attempts)));
    }

    [Fact]
    public async Task A_claim_whose_lease_ran_out_is_taken_over()
    {
        await OutboxFill.AddAsync(_world.Services, _world.Network.Id.Value, 3);
        await using (var scope = _world.Services.CreateAsyncScope())
        {
            var claimer = scope.ServiceProvider.GetRequiredService<OutboxStore>();
            Assert.Equal(3, (await claimer.ClaimAsync("crashed", 10, _world.Clock.GetUtcNow(), TimeSpan.FromMinutes(2), CancellationToken.None)).Count);
            Assert.Empty(await claimer.ClaimAsync("other", 10, _world.Clock.GetUtcNow(), TimeSpan.FromMinutes(2), CancellationToken.None));
            var later = _world.Clock.GetUtcNow().AddMinutes(3);
            var taken = await claimer.ClaimAsync("other", 10, later, TimeSpan.FromMinutes(2), CancellationToken.None);
            Assert.Equal(3, taken.Count);
            Assert.All(taken, m => Assert.Equal(2, m.Attempts));
        }
    }

    private sealed class CountingTransport : IMailTransport
    {
        public ConcurrentBag<string> Sent { get; } = [];

        public async Task SendAsync(OutboxMessage message, IReadOnlyList<MailAttachment> attachments, CancellationToken cancellationToken)
        {
            await Task.Delay(2, cancellationToken);
            Sent.Add(message.MessageId);
        }
    }
}

public sealed class SqliteClaimTests() : ClaimTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresClaimTests() : ClaimTests(PostgresWerkstattDbContext.Name)
{
    // The dispatcher polls this every few seconds while the table keeps all sent mail: it must find its rows through
    // the indexes, whatever the table holds. With sequential scans priced out, a plan that still reads the whole table
    // has no other way (an OR of two sub-selects had none).
    [Fact]
    public async Task Claiming_reads_the_outbox_through_its_indexes_not_all_of_it()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SET enable_seqscan = off; EXPLAIN " + OutboxStore.PostgresClaim
            .Replace("@token", "'t'", StringComparison.Ordinal)
            .Replace("@until", "now()", StringComparison.Ordinal)
            .Replace("@now", "now()", StringComparison.Ordinal)
            .Replace("@count", "5", StringComparison.Ordinal);
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        Assert.Contains(plan, line => line.Contains("PK_outbox_messages", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("Seq Scan", StringComparison.Ordinal));
    }
}
