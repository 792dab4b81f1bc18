using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Blueprints;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Registers;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Registers;

/// <summary>Loads registers, members and blueprint versions for the register use cases, checking who may read or change.</summary>
public sealed class RegisterLoader(WerkstattDbContext db)
{
    public const string What = "Das Register";

    public async Task<Result<Member>> MemberAsync(Actor actor, MemberId memberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        if (member is null)
        {
            return Error.NotFound("Die Verwaltung");
        }

        return actor.BelongsTo(member.NetworkId) ? member : Error.Forbidden();
    }

    /// <summary>The register (split query: entries, attributes and declined changes load separately, without a cross product).</summary>
    public Task<Register?> RegisterAsync(MemberId memberId, bool track, CancellationToken cancellationToken)
    {
        var registers = track ? db.Set<Register>() : db.Set<Register>().AsNoTracking();
        return registers.AsSplitQuery().FirstOrDefaultAsync(r => r.MemberId == memberId, cancellationToken);
    }

    public async Task<IReadOnlyList<Register>> RegistersAsync(NetworkId networkId, CancellationToken cancellationToken) =>
        await db.Set<Register>().AsNoTracking().AsSplitQuery().Where(r => r.NetworkId == networkId).ToListAsync(cancellationToken);

    public async Task<BlueprintRelease?> LatestAsync(BlueprintId blueprintId, CancellationToken cancellationToken) =>
        await db.Set<BlueprintRelease>().AsNoTracking().Where(r => r.BlueprintId == blueprintId).OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken);

    public async Task<BlueprintRelease?> LatestAsync(NetworkId networkId, BlueprintLevel level, CancellationToken cancellationToken)
    {
        var blueprint = await db.Set<Blueprint>().AsNoTracking().Where(b => b.NetworkId == networkId && b.Level == level).Select(b => b.Id).ToListAsync(cancellationToken);
        return blueprint.Count == 0 ? null : await LatestAsync(blueprint[0], cancellationToken);
    }
}
