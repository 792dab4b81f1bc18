using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Persistence.Queries;

namespace Werkstatt.Service.Networks;

/// <summary>The member administrations of a network. Everyone in the network sees them; coordinators add them; a member's process managers may edit their own.</summary>
public sealed class MemberService(WerkstattDbContext db)
{
    public async Task<Result<IReadOnlyList<Member>>> ListAsync(Actor actor, NetworkId networkId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.BelongsTo(networkId))
        {
            return Error.Forbidden();
        }

        var members = await db.Members.AsNoTracking().Where(m => m.NetworkId == networkId).ToListAsync(cancellationToken);
        return members.OrderBy(m => m.Level).ThenBy(m => m.Name, StringComparer.CurrentCulture).ToList();
    }

    public async Task<Result<Member>> GetAsync(Actor actor, MemberId id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var member = await RequestQueries.Member(db, id, cancellationToken);
        if (member is null)
        {
            return Error.NotFound("Die Verwaltung");
        }

        return actor.BelongsTo(member.NetworkId) ? member : Error.Forbidden();
    }

    public async Task<Result<Member>> CreateAsync(Actor actor, NetworkId networkId, MemberInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        if (!await db.Networks.AnyAsync(n => n.Id == networkId, cancellationToken))
        {
            return Error.NotFound("Das Netzwerk");
        }

        if (!actor.Coordinates(networkId))
        {
            return Error.Forbidden("Nur die Koordination kann Verwaltungen aufnehmen.");
        }

        try
        {
            var member = Member.Create(networkId, input.Name, input.Level, input.Population, input.StaffCount);
            if (await NameTakenAsync(networkId, member.Name, null, cancellationToken))
            {
                return NameTaken(member.Name);
            }

            db.Members.Add(member);
            await db.SaveChangesAsync(cancellationToken);
            return member;
        }
        catch (DomainRuleViolation violation)
        {
            return violation.ToError();
        }
    }

    public async Task<Result<Member>> UpdateAsync(Actor actor, MemberId id, MemberInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        var member = await db.Members.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (member is null)
        {
            return Error.NotFound("Die Verwaltung");
        }

        if (!actor.ManagesMember(member.NetworkId, member.Id))
        {
            return Error.Forbidden("Sie können nur die Angaben Ihrer eigenen Verwaltung ändern.");
        }

        try
        {
            member.Update(input.Name, input.Level, input.Population, input.StaffCount);
        }
        catch (DomainRuleViolation violation)
        {
            db.ChangeTracker.Clear();
            return violation.ToError();
        }

        if (await NameTakenAsync(member.NetworkId, member.Name, member.Id, cancellationToken))
        {
            db.ChangeTracker.Clear();
            return NameTaken(member.Name);
        }

        var conflict = await db.SaveAsync(member, input.Version, "Die Verwaltung", cancellationToken);
        return conflict is null ? member : conflict;
    }

    private Task<bool> NameTakenAsync(NetworkId networkId, string name, MemberId? except, CancellationToken cancellationToken) =>
        db.Members.AnyAsync(m => m.NetworkId == networkId && m.Name == name && (except == null || m.Id != except), cancellationToken);

    private static Error NameTaken(string name) => Error.Validation(nameof(Member.Name), $"Eine Verwaltung mit dem Namen „{name}“ gibt es in diesem Netzwerk schon.");
}
