using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Invitations;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Invitations;

/// <summary>The coordinator's invitation actions: choose the delivery way, send the invitations (again, idempotently).</summary>
public sealed class InvitationService(WerkstattDbContext db, InvitationSync sync)
{
    private const string What = "Die Einladungen";

    /// <summary>Sends the invitations to every participant not invited yet (and any update due); returns the number of new messages.</summary>
    public Task<Result<int>> SendAsync(Actor actor, WerkstattId werkstattId, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, werkstattId, (werkstatt, calendar) =>
        {
            if (werkstatt.Phase.IsClosed())
            {
                throw new DomainRuleViolation("InvitationsGoOutOnlyForOpenWerkstaetten", "Für eine abgeschlossene oder abgesagte Werkstatt werden keine Einladungen mehr verschickt.");
            }

            return sync.SyncAsync(werkstatt, calendar, send: true, cancellationToken);
        }, cancellationToken);

    /// <summary>iCalendar e-mail or Microsoft Graph (optionally as Teams meeting); only before the first sending.</summary>
    public Task<Result<int>> ChooseDeliveryAsync(Actor actor, WerkstattId werkstattId, CalendarDelivery delivery, bool teamsMeeting, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, werkstattId, (_, calendar) =>
        {
            calendar.ChooseDelivery(delivery, teamsMeeting);
            return Task.FromResult(0);
        }, cancellationToken);

    private async Task<Result<int>> ChangeAsync(Actor actor, WerkstattId werkstattId, Func<Werkstatt.Domain.Cycle.Werkstatt, WerkstattCalendar, Task<int>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var werkstatt = await db.Werkstaetten.FirstOrDefaultAsync(w => w.Id == werkstattId, cancellationToken);
        if (werkstatt is null)
        {
            return Error.NotFound("Die Werkstatt");
        }

        if (!actor.Coordinates(werkstatt.NetworkId))
        {
            return Error.Forbidden(actor.BelongsTo(werkstatt.NetworkId) ? "Einladungen verschickt die Koordination." : null);
        }

        var calendar = await db.Set<WerkstattCalendar>().FirstOrDefaultAsync(c => c.WerkstattId == werkstattId, cancellationToken);
        if (calendar is null)
        {
            calendar = WerkstattCalendar.For(werkstattId, werkstatt.NetworkId);
            db.Add(calendar);
        }

        try
        {
            var count = await change(werkstatt, calendar);
            await db.SaveChangesAsync(cancellationToken);
            return count;
        }
        catch (DomainRuleViolation violation)
        {
            db.ChangeTracker.Clear();
            return violation.ToError();
        }
        catch (DbUpdateException)
        {
            // A second click racing the first: its messages meet the unique keys, its calendar the version check.
            db.ChangeTracker.Clear();
            return Error.Concurrency(What);
        }
    }
}
