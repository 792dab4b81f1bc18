using Microsoft.EntityFrameworkCore;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Notifications;

/// <summary>A person's own notification settings (page "Benachrichtigungen").</summary>
public sealed class NotificationPreferenceService(WerkstattDbContext db, TimeProvider time)
{
    /// <summary>The settings of the actor's person; defaults when never saved.</summary>
    public async Task<Result<NotificationPreference>> GetAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (await PersonOfAsync(actor, cancellationToken) is not { } person)
        {
            return NoPerson();
        }

        return await db.Set<NotificationPreference>().AsNoTracking().FirstOrDefaultAsync(p => p.PersonId == person, cancellationToken)
            ?? new NotificationPreference { PersonId = person };
    }

    public async Task<Result<NotificationPreference>> SaveAsync(Actor actor, NotificationPreference input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await PersonOfAsync(actor, cancellationToken) is not { } person)
        {
            return NoPerson();
        }

        var row = await db.Set<NotificationPreference>().FirstOrDefaultAsync(p => p.PersonId == person, cancellationToken);
        if (row is null)
        {
            row = new NotificationPreference { PersonId = person };
            db.Set<NotificationPreference>().Add(row);
        }

        row.Voting = input.Voting;
        row.Modelling = input.Modelling;
        row.Review = input.Review;
        row.Workshop = input.Workshop;
        row.FollowUp = input.FollowUp;
        row.Escalation = input.Escalation;
        row.DailyDigest = input.DailyDigest;
        row.UpdatedAt = time.GetUtcNow();
        if (!row.DailyDigest)
        {
            // Switching the digest off releases what was waiting for it.
            var held = await db.Set<OutboxMessage>().Where(m => m.PersonId == person && m.Status == OutboxStatus.Held).ToListAsync(cancellationToken);
            foreach (var message in held)
            {
                message.Status = OutboxStatus.Pending;
                message.NextAttemptAt = row.UpdatedAt;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return row;
    }

    private async Task<Guid?> PersonOfAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await db.Users.AsNoTracking().Where(u => u.Id == actor.UserId).Select(u => u.PersonId).FirstOrDefaultAsync(cancellationToken);
    }

    private static Error NoPerson() =>
        new(ErrorKind.NotFound, "NoPerson", "Ihr Zugang gehört zu keiner Person; Benachrichtigungen gibt es nur für Personen eines Netzwerks.");
}
