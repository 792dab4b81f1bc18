using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Blueprints;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Registers.Starter;

namespace Werkstatt.Service.Registers;

/// <summary>The network's blueprints: everyone in the network reads them; the coordinator creates, edits and publishes.</summary>
public sealed class BlueprintService(WerkstattDbContext db, TimeProvider time)
{
    public const string What = "Die Blaupause";

    public async Task<Result<IReadOnlyList<Blueprint>>> ListAsync(Actor actor, NetworkId networkId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.BelongsTo(networkId))
        {
            return Error.Forbidden();
        }

        var list = await db.Set<Blueprint>().AsNoTracking().Where(b => b.NetworkId == networkId).ToListAsync(cancellationToken);
        return list.OrderBy(b => b.Level).ToList();
    }

    public async Task<Result<Blueprint>> GetAsync(Actor actor, BlueprintId id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var blueprint = await db.Set<Blueprint>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (blueprint is null)
        {
            return Error.NotFound(What);
        }

        return actor.BelongsTo(blueprint.NetworkId) ? blueprint : Error.Forbidden();
    }

    /// <summary>Creates the blueprint of a level, empty or filled with the starter blueprint shipped with the app (not yet published).</summary>
    public async Task<Result<Blueprint>> CreateAsync(Actor actor, NetworkId networkId, BlueprintLevel level, bool fromStarter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Coordinates(networkId))
        {
            return Error.Forbidden("Blaupausen pflegt die Koordination.");
        }

        if (!await db.Networks.AnyAsync(n => n.Id == networkId, cancellationToken))
        {
            return Error.NotFound("Das Netzwerk");
        }

        if (await db.Set<Blueprint>().AnyAsync(b => b.NetworkId == networkId && b.Level == level, cancellationToken))
        {
            return new Error(ErrorKind.Rule, "OneBlueprintPerLevel", $"Für die Ebene {level.GermanName()} gibt es schon eine Blaupause.");
        }

        try
        {
            var now = time.GetUtcNow();
            var blueprint = Blueprint.Create(networkId, level, now);
            if (fromStarter)
            {
                StarterBlueprints.Fill(blueprint, now);
            }

            db.Add(blueprint);
            await db.SaveChangesAsync(cancellationToken);
            return blueprint;
        }
        catch (DomainRuleViolation violation)
        {
            db.ChangeTracker.Clear();
            return violation.ToError();
        }
        catch (DbUpdateException ex) when (!DatabaseUnavailable.Is(ex))
        {
            db.ChangeTracker.Clear();
            return new Error(ErrorKind.Rule, "OneBlueprintPerLevel", $"Für die Ebene {level.GermanName()} gibt es schon eine Blaupause.");
        }
    }

    public Task<Result<Blueprint>> AddGroupAsync(Actor actor, BlueprintId id, Guid? parentKey, string? name, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, version, (b, now) => b.AddGroup(parentKey, name ?? string.Empty, now), cancellationToken);

    public Task<Result<Blueprint>> AddProcessAsync(Actor actor, BlueprintId id, Guid groupKey, string? name, string? leikaKey, string? description, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, version, (b, now) => b.AddProcess(groupKey, name ?? string.Empty, leikaKey, description, now), cancellationToken);

    public Task<Result<Blueprint>> ChangeItemAsync(Actor actor, BlueprintId id, Guid key, string? name, string? leikaKey, string? description, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, version, (b, now) => b.ChangeItem(key, name ?? string.Empty, leikaKey, description, now), cancellationToken);

    public Task<Result<Blueprint>> RemoveItemAsync(Actor actor, BlueprintId id, Guid key, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, version, (b, now) => b.RemoveItem(key, now), cancellationToken);

    /// <summary>Publishes the working copy as the next version; every register built from the blueprint is then offered its changes.</summary>
    public Task<Result<Blueprint>> PublishAsync(Actor actor, BlueprintId id, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, version, (b, now) => db.Add(b.Publish(now, actor.Name)), cancellationToken);

    private async Task<Result<Blueprint>> ChangeAsync(Actor actor, BlueprintId id, int? version, Action<Blueprint, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var blueprint = await db.Set<Blueprint>().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (blueprint is null)
        {
            return Error.NotFound(What);
        }

        if (!actor.Coordinates(blueprint.NetworkId))
        {
            db.ChangeTracker.Clear();
            return actor.BelongsTo(blueprint.NetworkId) ? Error.Forbidden("Blaupausen pflegt die Koordination.") : Error.Forbidden();
        }

        if (version is { } expected && expected != blueprint.Version)
        {
            db.ChangeTracker.Clear();
            return Error.Concurrency(What);
        }

        try
        {
            change(blueprint, time.GetUtcNow());
        }
        catch (DomainRuleViolation violation)
        {
            db.ChangeTracker.Clear();
            return violation.ToError();
        }

        var conflict = await db.SaveAsync(blueprint, version, What, cancellationToken);
        return conflict is null ? blueprint : conflict;
    }
}
