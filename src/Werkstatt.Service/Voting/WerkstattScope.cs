using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Voting;

/// <summary>Loads what the voting and assignment use cases share: the Werkstatt (checked against the actor), its vote, the network's members.</summary>
public sealed class WerkstattScope(WerkstattDbContext db)
{
    public const string What = "Die Werkstatt";

    /// <summary>The Werkstatt, if the actor belongs to its network: 404 when missing, 403 when foreign.</summary>
    public async Task<Result<WerkstattAggregate>> ReadableAsync(Actor actor, WerkstattId id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var werkstatt = await db.Werkstaetten.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (werkstatt is null)
        {
            return Error.NotFound(What);
        }

        return actor.BelongsTo(werkstatt.NetworkId) ? werkstatt : Error.Forbidden();
    }

    /// <summary>The vote of the Werkstatt, tracked; a new one with the default settings when none is stored yet.</summary>
    public async Task<VotingRound> RoundAsync(WerkstattId id, bool track, CancellationToken cancellationToken)
    {
        var rounds = track ? db.Set<VotingRound>() : db.Set<VotingRound>().AsNoTracking();
        return await rounds.FirstOrDefaultAsync(r => r.WerkstattId == id, cancellationToken) ?? VotingRound.For(id);
    }

    public async Task<IReadOnlyList<Member>> MembersAsync(NetworkId network, CancellationToken cancellationToken)
    {
        var members = await db.Members.AsNoTracking().Where(m => m.NetworkId == network).ToListAsync(cancellationToken);
        return members.OrderBy(m => m.Level).ThenBy(m => m.Name, StringComparer.CurrentCulture).ToList();
    }

    public async Task<Result<Member>> MemberAsync(NetworkId network, MemberId id, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        return member is null || member.NetworkId != network ? Error.NotFound("Die Verwaltung") : member;
    }

    /// <summary>
    /// <see cref="ReadableAsync"/> and <see cref="MemberAsync"/> in one round trip (the offer and claim requests of
    /// the load benchmark): the member is null when it is missing or belongs to another network. Tracked on request, so
    /// a save in the same request finds both without reading them again.
    /// </summary>
    public async Task<Result<(WerkstattAggregate Werkstatt, Member? Member)>> ReadableWithMemberAsync(
        Actor actor, WerkstattId id, MemberId member, bool track, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var werkstaetten = track ? db.Werkstaetten : db.Werkstaetten.AsNoTracking();
        var row = await (
            from w in werkstaetten.Where(w => w.Id == id)
            from m in db.Members.Where(m => m.Id == member && m.NetworkId == w.NetworkId).DefaultIfEmpty()
            select new { Werkstatt = w, Member = m }).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return Error.NotFound(What);
        }

        return actor.BelongsTo(row.Werkstatt.NetworkId) ? (row.Werkstatt, row.Member) : Error.Forbidden();
    }
}
