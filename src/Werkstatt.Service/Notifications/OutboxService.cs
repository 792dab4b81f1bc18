using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Notifications;

/// <summary>What the coordination may do with the outbox: send a failed message again.</summary>
public sealed class OutboxService(WerkstattDbContext db, TimeProvider time, OutboxSignal signal)
{
    public async Task<Result<OutboxMessage>> ResendAsync(Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var message = await db.Set<OutboxMessage>().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
        {
            return Error.NotFound("Die Nachricht");
        }

        if (!actor.Coordinates(new NetworkId(message.NetworkId)))
        {
            return Error.Forbidden("Nur die Koordination kann Nachrichten erneut senden.");
        }

        if (message.Status is not (OutboxStatus.Failed or OutboxStatus.Cancelled))
        {
            return new Error(ErrorKind.Rule, "OnlyFailedMessagesCanBeResent", "Nur fehlgeschlagene oder zurückgehaltene Nachrichten können erneut gesendet werden.");
        }

        // Same row, same Message-ID: a mail that did arrive after all is recognisable as the same one.
        message.Status = OutboxStatus.Pending;
        message.Attempts = 0;
        message.NextAttemptAt = time.GetUtcNow();
        message.ClaimedBy = null;
        message.ClaimedUntil = null;
        await db.SaveChangesAsync(cancellationToken);
        signal.Pulse();
        return message;
    }
}
