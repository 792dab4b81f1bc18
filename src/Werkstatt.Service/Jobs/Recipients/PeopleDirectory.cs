using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Jobs.Recipients;

/// <summary>The people of a network, optionally only those whose login holds one of some roles.</summary>
public sealed class PeopleDirectory(WerkstattDbContext db)
{
    public async Task<IReadOnlyList<Recipient>> AllAsync(NetworkId network, CancellationToken cancellationToken) =>
        (await PeopleAsync(network, cancellationToken)).Select(ToRecipient).ToList();

    public async Task<IReadOnlyList<Recipient>> WithRoleAsync(NetworkId network, Role role, CancellationToken cancellationToken)
    {
        var people = await PeopleAsync(network, cancellationToken);
        var ids = people.Select(p => (Guid?)p.Id.Value).ToList();
        var roleName = role.ToString();
        var holders = await (from u in db.Users
                             where ids.Contains(u.PersonId)
                             join ur in db.UserRoles on u.Id equals ur.UserId
                             join r in db.Roles on ur.RoleId equals r.Id
                             where r.Name == roleName
                             select u.PersonId).Distinct().ToListAsync(cancellationToken);
        var set = holders.Where(h => h.HasValue).Select(h => h!.Value).ToHashSet();
        return people.Where(p => set.Contains(p.Id.Value)).Select(ToRecipient).ToList();
    }

    /// <summary>The process managers of one member; if it has none, all of its people.</summary>
    public async Task<IReadOnlyList<Recipient>> OfMemberAsync(NetworkId network, MemberId member, CancellationToken cancellationToken)
    {
        var own = await db.People.AsNoTracking().Where(p => p.NetworkId == network && p.MemberId == member).OrderBy(p => p.Name).ToListAsync(cancellationToken);
        var ids = own.Select(p => (Guid?)p.Id.Value).ToList();
        var roleName = nameof(Role.ProcessManager);
        var managers = (await (from u in db.Users
                               where ids.Contains(u.PersonId)
                               join ur in db.UserRoles on u.Id equals ur.UserId
                               join r in db.Roles on ur.RoleId equals r.Id
                               where r.Name == roleName
                               select u.PersonId).Distinct().ToListAsync(cancellationToken))
            .Where(h => h.HasValue).Select(h => h!.Value).ToHashSet();
        var chosen = managers.Count > 0 ? own.Where(p => managers.Contains(p.Id.Value)) : own;
        return chosen.Select(ToRecipient).ToList();
    }

    private async Task<List<Person>> PeopleAsync(NetworkId network, CancellationToken cancellationToken) =>
        await db.People.AsNoTracking().Where(p => p.NetworkId == network).OrderBy(p => p.Name).ToListAsync(cancellationToken);

    private static Recipient ToRecipient(Person person) => new(person.Id.Value, person.Name, person.Email);
}
