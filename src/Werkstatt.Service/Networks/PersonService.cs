using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Accounts;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Networks;

/// <summary>
/// People of a network. Coordinators manage everyone; a process manager registers and edits the process managers
/// and experts of their own member only.
/// </summary>
public sealed class PersonService(WerkstattDbContext db, AccountService accounts)
{
    public async Task<Result<IReadOnlyList<Person>>> ListAsync(Actor actor, NetworkId networkId, MemberId? memberId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.BelongsTo(networkId))
        {
            return Error.Forbidden();
        }

        var query = db.People.AsNoTracking().Where(p => p.NetworkId == networkId);
        if (memberId is { } member)
        {
            query = query.Where(p => p.MemberId == member);
        }

        var people = await query.ToListAsync(cancellationToken);
        return people.OrderBy(p => p.Name, StringComparer.CurrentCulture).ToList();
    }

    public async Task<Result<Person>> GetAsync(Actor actor, PersonId id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return Error.NotFound("Die Person");
        }

        return actor.BelongsTo(person.NetworkId) ? person : Error.Forbidden();
    }

    public async Task<Result<Person>> CreateAsync(Actor actor, NetworkId networkId, PersonInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        if (!await db.Networks.AnyAsync(n => n.Id == networkId, cancellationToken))
        {
            return Error.NotFound("Das Netzwerk");
        }

        if (await CheckMemberAsync(actor, networkId, input.MemberId, input.Role, cancellationToken) is { } refused)
        {
            return refused;
        }

        Person person;
        try
        {
            person = Person.Create(networkId, input.MemberId, input.Name, input.Email, input.Function);
            if (input.Role is { } role)
            {
                person.EnsureCanHold(role);
            }
        }
        catch (DomainRuleViolation violation)
        {
            return violation.Rule == DomainRuleViolation.RuleName(typeof(RoleBoundToMemberNeedsMemberRule))
                ? new Error(ErrorKind.Validation, violation.Rule, violation.Message, nameof(PersonInput.MemberId))
                : violation.ToError();
        }

        if (await EmailTakenAsync(networkId, person.Email, null, cancellationToken))
        {
            return EmailTaken(person.Email);
        }

        // Person and login are one change: either both exist afterwards or neither.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.People.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        if (input.Role is { } loginRole && !string.IsNullOrEmpty(input.Password))
        {
            var login = await accounts.CreateLoginAsync(person, loginRole, input.Password, cancellationToken);
            if (!login.IsSuccess)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return login.Error;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return person;
    }

    public async Task<Result<Person>> UpdateAsync(Actor actor, PersonId id, PersonInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return Error.NotFound("Die Person");
        }

        // The caller must be allowed both where the person is now and where the input would put them.
        if (!CanManage(actor, person.NetworkId, person.MemberId))
        {
            return Error.Forbidden("Sie können nur Personen Ihrer eigenen Verwaltung bearbeiten.");
        }

        if (await CheckMemberAsync(actor, person.NetworkId, input.MemberId, null, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (input.MemberId is null && person.MemberId is not null && await HasMemberBoundLoginAsync(person, cancellationToken))
        {
            return Error.Validation(nameof(PersonInput.MemberId), "Diese Person meldet sich als Prozessmanager:in oder Fachexpert:in an und muss daher einer Verwaltung angehören.");
        }

        try
        {
            person.Update(input.MemberId, input.Name, input.Email, input.Function);
        }
        catch (DomainRuleViolation violation)
        {
            db.ChangeTracker.Clear();
            return violation.ToError();
        }

        if (await EmailTakenAsync(person.NetworkId, person.Email, person.Id, cancellationToken))
        {
            db.ChangeTracker.Clear();
            return EmailTaken(person.Email);
        }

        var conflict = await db.SaveAsync(person, input.Version, "Die Person", cancellationToken);
        if (conflict is null)
        {
            var user = await db.Users.FirstOrDefaultAsync(u => u.PersonId == person.Id.Value, cancellationToken);
            if (user is not null && (user.DisplayName != person.Name || user.Email != person.Email))
            {
                user.DisplayName = person.Name;
                user.Email = person.Email;
                user.NormalizedEmail = person.Email.ToUpperInvariant();
                user.UserName = person.Email;
                user.NormalizedUserName = person.Email.ToUpperInvariant();
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        return conflict is null ? person : conflict;
    }

    private async Task<bool> HasMemberBoundLoginAsync(Person person, CancellationToken cancellationToken)
    {
        var boundRoles = Enum.GetValues<Role>().Where(r => r.IsBoundToMember()).Select(r => r.ToString()).ToList();
        return await (from u in db.Users
                      join ur in db.UserRoles on u.Id equals ur.UserId
                      join r in db.Roles on ur.RoleId equals r.Id
                      where u.PersonId == person.Id.Value && boundRoles.Contains(r.Name!)
                      select u.Id).AnyAsync(cancellationToken);
    }

    private static bool CanManage(Actor actor, NetworkId networkId, MemberId? memberId) =>
        actor.Coordinates(networkId) || (memberId is { } member && actor.ManagesMember(networkId, member));

    private async Task<Error?> CheckMemberAsync(Actor actor, NetworkId networkId, MemberId? memberId, Role? role, CancellationToken cancellationToken)
    {
        if (memberId is { } member && !await db.Members.AnyAsync(m => m.Id == member && m.NetworkId == networkId, cancellationToken))
        {
            return Error.Validation(nameof(PersonInput.MemberId), "Diese Verwaltung gehört nicht zum Netzwerk.");
        }

        if (role == Role.Admin && !actor.IsAdmin)
        {
            return Error.Forbidden("Nur die Administration kann Administrationskonten anlegen.");
        }

        if (actor.Coordinates(networkId))
        {
            return null;
        }

        if (memberId is null || !actor.ManagesMember(networkId, memberId.Value))
        {
            return Error.Forbidden("Sie können nur Personen Ihrer eigenen Verwaltung erfassen.");
        }

        return role is null or Role.ProcessManager or Role.Expert
            ? null
            : Error.Forbidden("Prozessmanager:innen können nur Prozessmanager:innen und Fachexpert:innen erfassen.");
    }

    private Task<bool> EmailTakenAsync(NetworkId networkId, string email, PersonId? except, CancellationToken cancellationToken) =>
        db.People.AnyAsync(p => p.NetworkId == networkId && p.Email == email && (except == null || p.Id != except), cancellationToken);

    private static Error EmailTaken(string email) => Error.Validation(nameof(Person.Email), $"Die E-Mail-Adresse {email} ist in diesem Netzwerk bereits erfasst.");
}
