using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.WorkshopNotes;

namespace Werkstatt.Service.Persistence.Queries;

/// <summary>
/// Reads of a user's first request and of „Meine Aufgaben“, compiled like <see cref="HotQueries"/>: the account with
/// its role names and its person (each cache miss of the actor), a member, and the network's open action items.
/// </summary>
internal static class RequestQueries
{
    private static readonly PerModel<Func<WerkstattDbContext, string, CancellationToken, Task<UserRow?>>> UserQuery = new(() =>
        EF.CompileAsyncQuery((WerkstattDbContext db, string id, CancellationToken _) =>
            db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new UserRow(
                u.Id,
                u.DisplayName,
                u.PersonId,
                (from ur in db.UserRoles
                 join r in db.Roles on ur.RoleId equals r.Id
                 where ur.UserId == u.Id
                 select r.Name).ToList())).FirstOrDefault()));

    /// <summary>The account and its role names in one round trip.</summary>
    public static Task<UserRow?> User(WerkstattDbContext db, string id, CancellationToken cancellationToken) => UserQuery.For(db)(db, id, cancellationToken);

    private static readonly PerModel<Func<WerkstattDbContext, PersonId, CancellationToken, Task<Person?>>> PersonQuery = new(() =>
        EF.CompileAsyncQuery((WerkstattDbContext db, PersonId id, CancellationToken _) =>
            db.People.AsNoTracking().FirstOrDefault(p => p.Id == id)));

    public static Task<Person?> Person(WerkstattDbContext db, PersonId id, CancellationToken cancellationToken) => PersonQuery.For(db)(db, id, cancellationToken);

    private static readonly PerModel<Func<WerkstattDbContext, MemberId, CancellationToken, Task<Member?>>> MemberQuery = new(() =>
        EF.CompileAsyncQuery((WerkstattDbContext db, MemberId id, CancellationToken _) =>
            db.Members.AsNoTracking().FirstOrDefault(m => m.Id == id)));

    public static Task<Member?> Member(WerkstattDbContext db, MemberId id, CancellationToken cancellationToken) => MemberQuery.For(db)(db, id, cancellationToken);

    private static readonly PerModel<Func<WerkstattDbContext, NetworkId, IAsyncEnumerable<ActionItemRow>>> OpenActionItemsQuery = new(() =>
        EF.CompileAsyncQuery((WerkstattDbContext db, NetworkId network) =>
            from a in db.Set<ActionItem>().AsNoTracking()
            join w in db.Werkstaetten.AsNoTracking() on a.WerkstattId equals w.Id
            join p in db.Set<Process>().AsNoTracking() on a.ProcessId equals p.Id
            where w.NetworkId == network && a.Status == ActionItemStatus.Open
            select new ActionItemRow(a, w.Title, p.Name)));

    /// <summary>The network's open action items with their Werkstatt's title and their process's name.</summary>
    public static IAsyncEnumerable<ActionItemRow> OpenActionItems(WerkstattDbContext db, NetworkId network) => OpenActionItemsQuery.For(db)(db, network);
}

/// <summary>An account as the actor needs it (<see cref="RequestQueries.User"/>).</summary>
internal sealed record UserRow(string Id, string DisplayName, Guid? PersonId, List<string?> Roles);

/// <summary>An open action item with what „Meine Aufgaben“ shows of its Werkstatt and process.</summary>
internal sealed record ActionItemRow(ActionItem Item, string Title, string ProcessName);
