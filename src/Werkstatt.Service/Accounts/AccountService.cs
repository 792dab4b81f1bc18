using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Accounts.Caching;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Persistence.Queries;

namespace Werkstatt.Service.Accounts;

/// <summary>Logins for people: creation with one role, password reset, and the <see cref="Actor"/> behind a login.</summary>
public sealed class AccountService(UserManager<AppUser> users, RoleManager<IdentityRole> roles, WerkstattDbContext db, ActorCache cache)
{
    public async Task EnsureRolesAsync(CancellationToken cancellationToken = default)
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await roles.RoleExistsAsync(role.ToString()))
            {
                continue;
            }

            try
            {
                await roles.CreateAsync(new IdentityRole(role.ToString()));
            }
            catch (DbUpdateException)
            {
                // Instances starting together on one database race here; the other one created it (unique name index).
                db.ChangeTracker.Clear();
                if (!await roles.RoleExistsAsync(role.ToString()))
                {
                    throw;
                }
            }
        }
    }

    /// <summary>Creates a login for the person with one role; a role bound to a member needs the person's member.</summary>
    public async Task<Result<AppUser>> CreateLoginAsync(Person person, Role role, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        try
        {
            person.EnsureCanHold(role);
        }
        catch (DomainRuleViolation violation)
        {
            return new Error(ErrorKind.Validation, violation.Rule, violation.Message, "MemberId");
        }

        await EnsureRolesAsync(cancellationToken);
        var user = new AppUser { UserName = person.Email, Email = person.Email, EmailConfirmed = true, PersonId = person.Id.Value, DisplayName = person.Name };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return IdentityFailure(created);
        }

        await users.AddToRoleAsync(user, role.ToString());
        return user;
    }

    public async Task<Result<AppUser>> ResetPasswordAsync(string email, string newPassword)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return Error.NotFound($"Ein Konto mit der E-Mail-Adresse {email}");
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, newPassword);
        if (!reset.Succeeded)
        {
            return IdentityFailure(reset);
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return user;
    }

    /// <summary>
    /// Who a login is now: from the <see cref="ActorCache"/> when it may be trusted, else from the database (roles and
    /// member, so changes apply at once either way).
    /// </summary>
    public async Task<Actor?> ActorForUserAsync(string userId, CancellationToken cancellationToken = default)
    {
        var generation = cache.Begin();
        if (generation is not null && cache.TryGet(userId, out var cached))
        {
            return cached;
        }

        var actor = await LoadActorAsync(userId, cancellationToken);
        if (generation is { } taken && actor is not null)
        {
            cache.Store(userId, actor, taken);
        }

        return actor;
    }

    private async Task<Actor?> LoadActorAsync(string userId, CancellationToken cancellationToken)
    {
        // The user and its role names in one round trip (compiled: a cache miss on each user's first request).
        var user = await RequestQueries.User(db, userId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var roleSet = user.Roles.Select(n => Enum.TryParse<Role>(n, out var r) ? (Role?)r : null).OfType<Role>().ToHashSet();
        Person? person = null;
        if (user.PersonId is { } personId)
        {
            person = await RequestQueries.Person(db, new PersonId(personId), cancellationToken);
        }

        return new Actor(user.Id, person?.Name ?? user.DisplayName, person?.NetworkId, person?.MemberId, roleSet);
    }

    public async Task<IList<string>> RolesOfAsync(string email)
    {
        var user = await users.FindByEmailAsync(email);
        return user is null ? [] : await users.GetRolesAsync(user);
    }

    private static Error IdentityFailure(IdentityResult result)
    {
        var first = result.Errors.FirstOrDefault();
        var field = first?.Code.StartsWith("Password", StringComparison.Ordinal) == true ? "Password" : "Email";
        return new Error(ErrorKind.Validation, first?.Code ?? "Account", string.Join(" ", result.Errors.Select(e => e.Description)), field);
    }
}
