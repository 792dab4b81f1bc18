using System.Data;
using Microsoft.EntityFrameworkCore;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Mail;

/// <summary>
/// Claims due outbox rows for one dispatcher before it sends them, so that two dispatchers never send the same row:
/// on PostgreSQL with <c>FOR UPDATE SKIP LOCKED</c>, on SQLite with a conditional UPDATE (SQLite has one writer at a
/// time). A claim holds until its lease runs out; rows of a crashed dispatcher are then claimed again.
/// </summary>
public sealed class OutboxClaimer(WerkstattDbContext db)
{
    public async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(string claimant, int count, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var token = $"{claimant}/{Guid.NewGuid():N}";
        var until = now + lease;
        var ids = db.ProviderName == PostgresWerkstattDbContext.Name
            ? await ClaimOnPostgresAsync(token, count, now, until, cancellationToken)
            : await ClaimConditionallyAsync(token, count, now, until, cancellationToken);
        if (ids.Count == 0)
        {
            return [];
        }

        return await db.Set<OutboxMessage>().AsNoTracking().Where(m => ids.Contains(m.Id) && m.ClaimedBy == token).ToListAsync(cancellationToken);
    }

    private async Task<List<Guid>> ClaimConditionallyAsync(string token, int count, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var outbox = db.Set<OutboxMessage>();
        var candidates = await outbox
            .Where(m => (m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now) || (m.Status == OutboxStatus.Sending && m.ClaimedUntil < now))
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => m.Id)
            .Take(count)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return candidates;
        }

        // The condition is checked again by the UPDATE itself: a row another dispatcher claimed meanwhile is not taken.
        await outbox
            .Where(m => candidates.Contains(m.Id))
            .Where(m => (m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now) || (m.Status == OutboxStatus.Sending && m.ClaimedUntil < now))
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, OutboxStatus.Sending)
                    .SetProperty(m => m.ClaimedBy, token)
                    .SetProperty(m => m.ClaimedUntil, until)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1),
                cancellationToken);
        return candidates;
    }

    private async Task<List<Guid>> ClaimOnPostgresAsync(string token, int count, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                UPDATE outbox_messages SET "Status" = 'Sending', "ClaimedBy" = @token, "ClaimedUntil" = @until, "Attempts" = "Attempts" + 1
                WHERE "Id" IN (
                    SELECT "Id" FROM outbox_messages
                    WHERE ("Status" = 'Pending' AND "NextAttemptAt" <= @now) OR ("Status" = 'Sending' AND "ClaimedUntil" < @now)
                    ORDER BY "NextAttemptAt"
                    LIMIT @count
                    FOR UPDATE SKIP LOCKED)
                RETURNING "Id"
                """;
            Add(command, "@token", token);
            Add(command, "@until", until.ToUniversalTime());
            Add(command, "@now", now.ToUniversalTime());
            Add(command, "@count", count);
            var ids = new List<Guid>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetGuid(0));
            }

            return ids;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    private static void Add(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
