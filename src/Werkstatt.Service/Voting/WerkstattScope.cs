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

    /// <summary>The subject of the 404 for a member that is not in the Werkstatt's network.</summary>
    public const string MemberWhat = "Die Verwaltung";

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

    /// <summary>
    /// The Werkstatt (404 when missing, 403 when foreign, as <see cref="ReadableAsync"/>) together with one member of its
    /// network, in one round trip: a ballot or an offer needs both. Tracked on request, so that the audit entry of the
    /// following save finds the member's name and the network among the tracked entities instead of querying again.
    /// </summary>
    public async Task<Result<WerkstattMember>> ReadableWithMemberAsync(Actor actor, WerkstattId id, MemberId member, bool track, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var query = from w in db.Werkstaetten.Where(w => w.Id == id)
                    from m in db.Members.Where(m => m.Id == member && m.NetworkId == w.NetworkId).DefaultIfEmpty()
                    select new WerkstattMember(w, m);
        var found = await (track ? query : query.AsNoTracking()).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return Error.NotFound(What);
        }

        return actor.BelongsTo(found.Werkstatt.NetworkId) ? found : Error.Forbidden();
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
        return member is null || member.NetworkId != network ? Error.NotFound(MemberWhat) : member;
    }
}
