using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Mail;

/// <summary>
/// The dispatcher's statements, in plain SQL because they run once per message. Claiming takes due rows for one
/// dispatcher before it sends them, so two dispatchers never send the same row: PostgreSQL skips rows another
/// transaction has locked (<c>FOR UPDATE SKIP LOCKED</c>); SQLite, with its single writer, claims in one conditional
/// UPDATE. A claim holds until its lease runs out; rows of a crashed dispatcher are then claimed again.
/// </summary>
public sealed class OutboxStore(WerkstattDbContext db)
{
    private static readonly ValueConverter<DateTimeOffset, long> Binary = new DateTimeOffsetToBinaryConverter();

    private const string SqliteClaim = """
        UPDATE outbox_messages SET "Status" = 'Sending', "ClaimedBy" = @token, "ClaimedUntil" = @until, "Attempts" = "Attempts" + 1
        WHERE "Id" IN (SELECT "Id" FROM (SELECT "Id" FROM outbox_messages WHERE "Status" = 'Sending' AND "ClaimedUntil" < @now LIMIT @count)
                       UNION ALL
                       SELECT "Id" FROM (SELECT "Id" FROM outbox_messages WHERE "Status" = 'Pending' AND "NextAttemptAt" <= @now ORDER BY "NextAttemptAt" LIMIT @count))
        RETURNING "Id"
        """;

    // Not "Id IN (...) OR Id IN (...)": PostgreSQL cannot look an OR of two sub-selects up in the primary key and reads
    // every row of the table instead, sent mail included – 14 ms at 50,000 rows, on every poll. The arrays are looked up.
    internal const string PostgresClaim = """
        UPDATE outbox_messages SET "Status" = 'Sending', "ClaimedBy" = @token, "ClaimedUntil" = @until, "Attempts" = "Attempts" + 1
        WHERE "Id" = ANY (ARRAY(SELECT "Id" FROM outbox_messages WHERE "Status" = 'Sending' AND "ClaimedUntil" < @now LIMIT @count FOR UPDATE SKIP LOCKED)
                       || ARRAY(SELECT "Id" FROM outbox_messages WHERE "Status" = 'Pending' AND "NextAttemptAt" <= @now ORDER BY "NextAttemptAt" LIMIT @count FOR UPDATE SKIP LOCKED))
        RETURNING "Id"
        """;

    private bool IsPostgres => db.ProviderName == PostgresWerkstattDbContext.Name;

    /// <summary>Claims up to about <paramref name="count"/> due rows (and rows whose claim ran out) for <paramref name="claimant"/>.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(string claimant, int count, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var token = $"{claimant}/{Guid.NewGuid():N}";
        var ids = new List<Guid>();
        await using (var command = await CommandAsync(IsPostgres ? PostgresClaim : SqliteClaim, cancellationToken))
        {
            Add(command, "@token", token);
            Add(command, "@until", At(now + lease));
            Add(command, "@now", At(now));
            Add(command, "@count", count);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetGuid(0));
            }
        }

        if (ids.Count == 0)
        {
            return [];
        }

        return await db.Set<OutboxMessage>().AsNoTracking().Where(m => ids.Contains(m.Id) && m.ClaimedBy == token).ToListAsync(cancellationToken);
    }

    /// <summary>The server accepted it.</summary>
    public Task MarkSentAsync(Guid id, DateTimeOffset sentAt) =>
        ExecuteAsync("""UPDATE outbox_messages SET "Status" = 'Sent', "SentAt" = @at, "LastError" = NULL WHERE "Id" = @id AND "Status" = 'Sending'""", ("@id", Id(id)), ("@at", At(sentAt)));

    public Task RetryLaterAsync(Guid id, DateTimeOffset next, string error) =>
        ExecuteAsync("""UPDATE outbox_messages SET "Status" = 'Pending', "NextAttemptAt" = @next, "LastError" = @error WHERE "Id" = @id AND "Status" = 'Sending'""", ("@id", Id(id)), ("@next", At(next)), ("@error", error));

    public Task FailAsync(Guid id, string error) =>
        ExecuteAsync("""UPDATE outbox_messages SET "Status" = 'Failed', "LastError" = @error WHERE "Id" = @id AND "Status" = 'Sending'""", ("@id", Id(id)), ("@error", error));

    /// <summary>Gives back claimed rows that were not tried, so they count no attempt.</summary>
    public async Task ReleaseAsync(IEnumerable<OutboxMessage> messages)
    {
        foreach (var message in messages)
        {
            await ExecuteAsync(
                """UPDATE outbox_messages SET "Status" = 'Pending', "ClaimedUntil" = NULL, "Attempts" = "Attempts" - 1 WHERE "Id" = @id AND "Status" = 'Sending' AND "ClaimedBy" = @token""",
                ("@id", Id(message.Id)),
                ("@token", message.ClaimedBy ?? string.Empty));
        }
    }

    private async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = await CommandAsync(sql, CancellationToken.None);
        foreach (var (name, value) in parameters)
        {
            Add(command, name, value);
        }

        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    // The connection stays open for the context's lifetime (one dispatcher batch); the context closes it when disposed.
    private async Task<DbCommand> CommandAsync(string sql, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    // Stored as EF stores them: SQLite keeps GUIDs as upper-case text and instants as sortable binary numbers.
    private object Id(Guid id) => IsPostgres ? id : id.ToString().ToUpperInvariant();

    private object At(DateTimeOffset instant) => IsPostgres ? instant.ToUniversalTime() : Binary.ConvertToProvider(instant)!;

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
