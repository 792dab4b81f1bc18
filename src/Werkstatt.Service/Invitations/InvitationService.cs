using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Invitations;
using Werkstatt.Service.Common;
using Werkstatt.Service.Microsoft365;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Persistence.Queries;

namespace Werkstatt.Service.Invitations;

/// <summary>The coordinator's invitation actions: choose the delivery way, send the invitations (again, idempotently).</summary>
public sealed class InvitationService(WerkstattDbContext db, InvitationSync sync, GraphClients graph)
{
    private const string What = "Die Einladungen";

    /// <summary>How the invitations go out and where Microsoft 365 stands (everyone in the network may see it).</summary>
    public async Task<Result<DeliveryView>> DeliveryAsync(Actor actor, WerkstattId werkstattId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var networkId = await db.Werkstaetten.AsNoTracking().Where(w => w.Id == werkstattId).Select(w => (Werkstatt.Domain.Network.NetworkId?)w.NetworkId).FirstOrDefaultAsync(cancellationToken);
        if (networkId is not { } network)
        {
            return Error.NotFound("Die Werkstatt");
        }

        if (!actor.BelongsTo(network))
        {
            return Error.Forbidden();
        }

        return await DeliveryOfAsync(werkstattId, network, cancellationToken);
    }

    /// <summary>The same for a Werkstatt the caller has loaded already (the Werkstatt page), without reading it again.</summary>
    public async Task<Result<DeliveryView>> DeliveryAsync(Actor actor, Werkstatt.Domain.Cycle.Werkstatt werkstatt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(werkstatt);
        return actor.BelongsTo(werkstatt.NetworkId) ? await DeliveryOfAsync(werkstatt.Id, werkstatt.NetworkId, cancellationToken) : Error.Forbidden();
    }

    /// <summary>Sends the invitations to every participant not invited yet (and any update due); returns the number of new messages.</summary>
    public Task<Result<int>> SendAsync(Actor actor, WerkstattId werkstattId, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, werkstattId, null, (werkstatt, calendar) =>
        {
            if (werkstatt.Phase.IsClosed())
            {
                throw new DomainRuleViolation("InvitationsGoOutOnlyForOpenWerkstaetten", "Für eine abgeschlossene oder abgesagte Werkstatt werden keine Einladungen mehr verschickt.");
            }

            return sync.SyncAsync(werkstatt, calendar, send: true, cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// iCalendar e-mail or Microsoft 365 (optionally as Teams meeting), only before the first sending and Microsoft 365
    /// only for a network configured for it. <paramref name="expectedVersion"/> is the calendar's (0 before it exists).
    /// </summary>
    public Task<Result<WerkstattCalendar>> ChooseDeliveryAsync(Actor actor, WerkstattId werkstattId, CalendarDelivery delivery, bool teamsMeeting, int expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, werkstattId, expectedVersion, (werkstatt, calendar) =>
        {
            if (delivery == CalendarDelivery.Graph && !graph.IsConfigured(werkstatt.NetworkId.Value))
            {
                throw new DomainRuleViolation("GraphDeliveryNeedsMicrosoft365", "Für dieses Netzwerk ist Microsoft 365 nicht eingerichtet; die Einladungen gehen per E-Mail (iCalendar).", nameof(WerkstattCalendar.Delivery));
            }

            calendar.ChooseDelivery(delivery, teamsMeeting);
            return Task.FromResult(calendar);
        }, cancellationToken);

    /// <summary>The coordinator's retry after Microsoft 365 failed: the calendar is due again at once.</summary>
    public Task<Result<int>> RetryGraphAsync(Actor actor, WerkstattId werkstattId, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, werkstattId, null, (werkstatt, calendar) =>
        {
            if (calendar is not { Delivery: CalendarDelivery.Graph, IsSent: true })
            {
                throw new DomainRuleViolation("GraphRetryNeedsSentGraphInvitations", "Diese Werkstatt verschickt ihre Einladungen nicht über Microsoft 365, oder sie sind noch nicht verschickt.");
            }

            return sync.SyncAsync(werkstatt, calendar, send: false, cancellationToken);
        }, cancellationToken);

    private async Task<Result<DeliveryView>> DeliveryOfAsync(WerkstattId werkstattId, Werkstatt.Domain.Network.NetworkId network, CancellationToken cancellationToken)
    {
        var calendar = await HotQueries.Calendar(db, werkstattId, cancellationToken);
        return DeliveryView.From(calendar, graph.IsConfigured(network.Value));
    }

    private async Task<Result<T>> ChangeAsync<T>(Actor actor, WerkstattId werkstattId, int? expectedVersion, Func<Werkstatt.Domain.Cycle.Werkstatt, WerkstattCalendar, Task<T>> change, CancellationToken cancellationToken)
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

        if (expectedVersion is { } expected && calendar.Version != expected)
        {
            db.ChangeTracker.Clear();
            return Error.Concurrency(What);
        }

        try
        {
            var value = await change(werkstatt, calendar);
            await db.SaveChangesAsync(cancellationToken);
            return value;
        }
        catch (DomainRuleViolation violation)
        {
            db.ChangeTracker.Clear();
            return violation.ToError();
        }
        catch (DbUpdateException ex) when (!DatabaseUnavailable.Is(ex))
        {
            // A second click racing the first: its messages meet the unique keys, its calendar the version check.
            db.ChangeTracker.Clear();
            return Error.Concurrency(What);
        }
    }
}
