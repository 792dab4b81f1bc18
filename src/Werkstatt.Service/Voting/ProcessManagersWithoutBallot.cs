using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Jobs.Recipients;
using Werkstatt.Service.Persistence;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Voting;

/// <summary>The voting reminder goes only to the process managers of members that have not cast a ballot yet.</summary>
public sealed class ProcessManagersWithoutBallot(PeopleDirectory people, WerkstattDbContext db) : IRecipientResolver
{
    public async Task<IReadOnlyList<Recipient>> ResolveAsync(WerkstattAggregate werkstatt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(werkstatt);
        var managers = await people.WithRoleAsync(werkstatt.NetworkId, Role.ProcessManager, cancellationToken);
        var voted = await db.Set<Ballot>().AsNoTracking()
            .Where(b => b.WerkstattId == werkstatt.Id && b.CastAt != null)
            .Select(b => b.MemberId)
            .ToListAsync(cancellationToken);
        var votedMembers = voted.ToHashSet();
        var memberOf = await db.People.AsNoTracking()
            .Where(p => p.NetworkId == werkstatt.NetworkId && p.MemberId != null)
            .Select(p => new { p.Id, p.MemberId })
            .ToListAsync(cancellationToken);
        var stillToVote = memberOf.Where(p => !votedMembers.Contains(p.MemberId!.Value)).Select(p => p.Id.Value).ToHashSet();
        return managers.Where(m => stillToVote.Contains(m.PersonId)).ToList();
    }
}
