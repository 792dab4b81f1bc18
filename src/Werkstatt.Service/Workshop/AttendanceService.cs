using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Participants;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Voting;

namespace Werkstatt.Service.Workshop;

/// <summary>What the attendance page and API show: every person of a member (registered ones marked); everyone in the network reads, <see cref="WorkshopService"/> records.</summary>
public sealed class AttendanceService(WerkstattDbContext db, WerkstattScope scope, WorkshopService workshops)
{
    public async Task<Result<AttendanceView>> GetAsync(Actor actor, WerkstattId werkstattId, CancellationToken cancellationToken = default)
    {
        var view = await workshops.GetAsync(actor, werkstattId, cancellationToken);
        if (!view.IsSuccess)
        {
            return view.Error;
        }

        var statistics = await workshops.StatisticsAsync(actor, werkstattId, cancellationToken);
        var networkId = view.Value.Werkstatt.NetworkId;
        var members = (await scope.MembersAsync(networkId, cancellationToken)).ToDictionary(m => m.Id, m => m.Name);
        var registered = await db.Set<Participant>().AsNoTracking().Where(p => p.WerkstattId == werkstattId).Select(p => p.PersonId).ToListAsync(cancellationToken);
        var people = await db.People.AsNoTracking().Where(p => p.NetworkId == networkId && p.MemberId != null).ToListAsync(cancellationToken);
        var rows = people
            .Where(p => p.MemberId is { } m && members.ContainsKey(m) && p.Name != Person.ErasedName)
            .Select(p => new AttendancePerson(p.Id, p.Name, p.MemberId!.Value, members[p.MemberId!.Value], registered.Contains(p.Id)))
            .OrderBy(p => p.MemberName, StringComparer.CurrentCulture).ThenBy(p => p.Name, StringComparer.CurrentCulture)
            .ToList();
        return new AttendanceView(view.Value.Werkstatt, view.Value.Workshop, view.Value.CanEdit, rows, statistics.Value ?? []);
    }
}
