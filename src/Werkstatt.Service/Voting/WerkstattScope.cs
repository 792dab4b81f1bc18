using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Persistence.Queries;
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
        var werkstatt = await HotQueries.WerkstattById(db, id, cancellationToken);
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
        var found = await (track ? HotQueries.WerkstattWithMemberTracked(db, id, member, cancellationToken) : HotQueries.WerkstattWithMember(db, id, member, cancellationToken));
        if (found is null)
        {
            return Error.NotFound(What);
        }

        return actor.BelongsTo(found.Werkstatt.NetworkId) ? found : Error.Forbidden();
    }

    /// <summary>The vote of the Werkstatt, tracked; a new one with the default settings when none is stored yet.</summary>
    public async Task<VotingRound> RoundAsync(WerkstattId id, bool track, CancellationToken cancellationToken)
    {
        return await (track ? HotQueries.RoundTracked(db, id, cancellationToken) : HotQueries.Round(db, id, cancellationToken)) ?? VotingRound.For(id);
    }

    public async Task<IReadOnlyList<Member>> MembersAsync(NetworkId network, CancellationToken cancellationToken)
    {
        var members = await HotQueries.ListAsync(HotQueries.Members(db, network), cancellationToken);
        return members.OrderBy(m => m.Level).ThenBy(m => m.Name, StringComparer.CurrentCulture).ToList();
    }

    public async Task<Result<Member>> MemberAsync(NetworkId network, MemberId id, CancellationToken cancellationToken)
    {
        var member = await RequestQueries.Member(db, id, cancellationToken);
        return member is null || member.NetworkId != network ? Error.NotFound(MemberWhat) : member;
    }
}
