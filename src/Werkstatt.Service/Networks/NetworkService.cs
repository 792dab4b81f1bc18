using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Calendar;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Networks;

/// <summary>Reading and changing a network's settings (name, federal state, schedule template).</summary>
public sealed class NetworkService(WerkstattDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<Network>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var query = db.Networks.AsNoTracking();
        if (!actor.IsAdmin)
        {
            var own = actor.NetworkId;
            query = query.Where(n => (NetworkId?)n.Id == own);
        }

        return await query.OrderBy(n => n.Name).ToListAsync(cancellationToken);
    }

    public async Task<Result<Network>> GetAsync(Actor actor, NetworkId id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var network = await db.Networks.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (network is null || !actor.BelongsTo(id))
        {
            return network is null ? Error.NotFound("Das Netzwerk") : Error.Forbidden();
        }

        return network;
    }

    public async Task<Result<Network>> CreateAsync(Actor actor, string name, FederalState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdmin)
        {
            return Error.Forbidden("Nur die Administration kann Netzwerke anlegen.");
        }

        try
        {
            var network = Network.Create(name, state, time.GetUtcNow());
            db.Networks.Add(network);
            await db.SaveChangesAsync(cancellationToken);
            return network;
        }
        catch (DomainRuleViolation violation)
        {
            return violation.ToError();
        }
    }

    public async Task<Result<Network>> UpdateAsync(Actor actor, NetworkId id, UpdateNetwork command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(command);
        var network = await db.Networks.FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (network is null)
        {
            return Error.NotFound("Das Netzwerk");
        }

        if (!actor.Coordinates(id))
        {
            return Error.Forbidden("Nur die Koordination oder die Administration kann das Netzwerk ändern.");
        }

        try
        {
            network.Rename(command.Name);
            network.MoveTo(command.FederalState);
            network.ChangeTemplate(command.Template);
        }
        catch (DomainRuleViolation violation)
        {
            db.ChangeTracker.Clear();
            return violation.ToError();
        }

        var conflict = await db.SaveAsync(network, command.Version, "Das Netzwerk", cancellationToken);
        return conflict is null ? network : conflict;
    }
}
