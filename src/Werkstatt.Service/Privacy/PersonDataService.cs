using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Audit;
using Werkstatt.Service.Common;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Privacy;

/// <summary>
/// Data protection (DSGVO): a person exports what is stored about them; the coordination erases a person, which
/// anonymises them everywhere while the network's work stays attributed to the member.
/// </summary>
public sealed class PersonDataService(WerkstattDbContext db, TimeProvider time, AuditContext audit)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The person behind a login, for „my data“.</summary>
    public async Task<PersonId?> PersonOfAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var personId = await db.Users.AsNoTracking().Where(u => u.Id == actor.UserId).Select(u => u.PersonId).FirstOrDefaultAsync(cancellationToken);
        return personId is { } id ? new PersonId(id) : null;
    }

    public async Task<Result<PersonDataExport>> ExportAsync(Actor actor, PersonId personId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is null)
        {
            return Error.NotFound("Die Person");
        }

        if (await PersonOfAsync(actor, cancellationToken) != personId && !actor.Coordinates(person.NetworkId))
        {
            return Error.Forbidden("Die Daten einer Person kann nur sie selbst oder die Koordination ihres Netzwerks abrufen.");
        }

        var id = personId.Value;
        var users = await db.Users.AsNoTracking().Where(u => u.PersonId == id).ToListAsync(cancellationToken);
        var userIds = users.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where userIds.Contains(ur.UserId) select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var network = await db.Networks.AsNoTracking().Where(n => n.Id == person.NetworkId).Select(n => n.Name).FirstOrDefaultAsync(cancellationToken);
        var member = person.MemberId is { } m ? await db.Members.AsNoTracking().Where(x => x.Id == m).Select(x => x.Name).FirstOrDefaultAsync(cancellationToken) : null;
        var werkstaetten = await db.Werkstaetten.AsNoTracking().Where(w => w.NetworkId == person.NetworkId).ToListAsync(cancellationToken);
        var titles = werkstaetten.ToDictionary(w => w.Id, w => w.Title);
        var topics = await db.Set<Topic>().AsNoTracking().Where(t => titles.Keys.Contains(t.WerkstattId)).ToListAsync(cancellationToken);
        var topicTitles = topics.ToDictionary(t => t.Id, t => t.Title);
        var ballots = person.MemberId is { } own
            ? await db.Set<Ballot>().AsNoTracking().Where(b => b.MemberId == own).ToListAsync(cancellationToken)
            : [];
        var preference = await db.Set<NotificationPreference>().AsNoTracking().FirstOrDefaultAsync(p => p.PersonId == id, cancellationToken);
        var messages = await db.Set<OutboxMessage>().AsNoTracking().Where(o => o.PersonId == id || o.ToAddress == person.Email).ToListAsync(cancellationToken);
        var entityId = id.ToString();
        var entries = await db.Set<AuditEntry>().AsNoTracking().Where(e => userIds.Contains(e.ActorId) || e.EntityId == entityId).OrderBy(e => e.At).ToListAsync(cancellationToken);

        var document = new
        {
            exportedAt = time.GetUtcNow(),
            person = new { id, person.Name, person.Email, person.Function, network, member },
            accounts = users.Select(u => new
            {
                u.Id,
                u.UserName,
                u.Email,
                u.EmailConfirmed,
                u.LockoutEnd,
                u.AccessFailedCount,
                roles = roles.Where(r => r.UserId == u.Id).Select(r => r.Name).ToList(),
            }),
            participations = new
            {
                topicsProposed = topics.Where(t => t.ProposedBy == person.Name).Select(t => new { werkstatt = titles.GetValueOrDefault(t.WerkstattId), t.Title, t.ProposedAt }),
                phaseChanges = werkstaetten.SelectMany(w => w.History.Where(h => h.By == person.Name).Select(h => new { werkstatt = w.Title, from = h.From.ToString(), to = h.To.ToString(), h.At })),
            },
            votesOfTheirMember = ballots.Select(b => new
            {
                werkstatt = titles.GetValueOrDefault(b.WerkstattId),
                member,
                b.CastAt,
                dots = b.Dots.Select(d => new { topic = topicTitles.GetValueOrDefault(d.TopicId), d.Dots }),
            }),
            notificationSettings = preference,
            messages = messages.Select(o => new { o.Subject, o.ToAddress, o.ToName, status = o.Status.ToString(), o.CreatedAt, o.SentAt }),
            auditEntries = entries.Select(e => new { e.At, e.ActorName, e.Kind, e.Action, e.Summary }),
        };

        db.Add(DataProtectionEntry(person, "Exported", $"Datenauskunft für Person {id} abgerufen."));
        await db.SaveChangesAsync(cancellationToken);
        return new PersonDataExport($"werkstatt-daten-{id:N}.json", JsonSerializer.Serialize(document, Indented));
    }

    /// <summary>
    /// Anonymises the person in one transaction: name and e-mail, logins, notification settings, unsent mails (dropped)
    /// and sent ones (address and body removed), their name in histories and the audit trail. Ids stay as pseudonyms.
    /// </summary>
    public async Task<Result<PersonErasure>> EraseAsync(Actor actor, PersonId personId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is null)
        {
            return Error.NotFound("Die Person");
        }

        if (!actor.Coordinates(person.NetworkId))
        {
            return Error.Forbidden("Personen löschen dürfen nur die Koordination des Netzwerks und die Administration.");
        }

        if (await PersonOfAsync(actor, cancellationToken) == personId)
        {
            return new Error(ErrorKind.Rule, "PeopleCannotEraseThemselves", "Sie können sich nicht selbst löschen. Bitte wenden Sie sich an eine andere Person der Koordination.");
        }

        if (person.Name == Person.ErasedName)
        {
            return new Error(ErrorKind.Rule, "PersonIsAlreadyErased", "Diese Person wurde bereits gelöscht.");
        }

        var (name, email, id) = (person.Name, person.Email, personId.Value);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var users = await db.Users.Where(u => u.PersonId == id).ToListAsync(cancellationToken);
        var userIds = users.Select(u => u.Id).ToList();
        db.Users.RemoveRange(users);
        db.Set<NotificationPreference>().RemoveRange(await db.Set<NotificationPreference>().Where(p => p.PersonId == id).ToListAsync(cancellationToken));
        person.Anonymise();

        var theirs = db.Set<OutboxMessage>().Where(o => o.PersonId == id || o.ToAddress == email);
        var dropped = await theirs.Where(o => o.Status != OutboxStatus.Sent && o.Status != OutboxStatus.Sending).ExecuteDeleteAsync(cancellationToken);
        var anonymised = await theirs.ExecuteUpdateAsync(
            s => s.SetProperty(o => o.ToAddress, person.Email).SetProperty(o => o.ToName, Person.ErasedName).SetProperty(o => o.TextBody, string.Empty).SetProperty(o => o.HtmlBody, string.Empty),
            cancellationToken);

        var names = await ErasedNames.ReplaceAsync(db, person.NetworkId, name, userIds, cancellationToken);
        db.Add(DataProtectionEntry(person, "Erased", $"Person {id} gelöscht (anonymisiert): {users.Count} Anmeldung(en), {dropped} ungesendete Nachricht(en) verworfen, {anonymised} gesendete anonymisiert."));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PersonErasure(users.Count, dropped, anonymised, names);
    }

    private AuditEntry DataProtectionEntry(Person person, string action, string summary)
    {
        var now = time.GetUtcNow();
        return new AuditEntry
        {
            Id = Guid.CreateVersion7(now),
            At = now,
            NetworkId = person.NetworkId.Value,
            MemberId = person.MemberId?.Value,
            ActorId = audit.ActorId,
            ActorName = audit.ActorName,
            Kind = AuditKinds.DataProtection,
            Action = action,
            EntityType = nameof(Person),
            EntityId = person.Id.Value.ToString(),
            Summary = summary,
        };
    }
}
