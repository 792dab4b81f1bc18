using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Invitations;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Participants;
using Werkstatt.Service.Common;
using Werkstatt.Service.Invitations;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Calendar.Feed;

/// <summary>
/// Private subscription feeds (<c>/kalender/{token}.ics</c>): the workshops a person takes part in (same UIDs and
/// sequences as the invitations) and their own deadlines as all-day events, METHOD:PUBLISH. The token is the
/// credential: 32 random bytes, only its SHA-256 stored; regenerating replaces it, revoking deletes it.
/// </summary>
public sealed class CalendarFeedService(WerkstattDbContext db, InvitationSync sync, InvitationComposer composer, TimeProvider time)
{
    public const string PathPrefix = "/kalender/";

    /// <summary>When the actor's feed was created, or null when there is none.</summary>
    public async Task<Result<DateTimeOffset?>> StatusAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (await PersonOfAsync(actor, cancellationToken) is not { } person)
        {
            return NoPerson();
        }

        return await db.Set<CalendarFeedToken>().AsNoTracking().Where(t => t.PersonId == person).Select(t => (DateTimeOffset?)t.CreatedAt).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>A new token (shown once); the previous feed address stops working.</summary>
    public async Task<Result<string>> RegenerateAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (await PersonOfAsync(actor, cancellationToken) is not { } person)
        {
            return NoPerson();
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var row = await db.Set<CalendarFeedToken>().FirstOrDefaultAsync(t => t.PersonId == person, cancellationToken);
        if (row is null)
        {
            row = new CalendarFeedToken { PersonId = person };
            db.Add(row);
        }

        row.TokenHash = Hash(token);
        row.CreatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    public async Task<Result<bool>> RevokeAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (await PersonOfAsync(actor, cancellationToken) is not { } person)
        {
            return NoPerson();
        }

        var removed = await db.Set<CalendarFeedToken>().Where(t => t.PersonId == person).ExecuteDeleteAsync(cancellationToken);
        return removed > 0;
    }

    /// <summary>The feed of the token's person, or null for an unknown (or revoked) token.</summary>
    public async Task<string?> FeedAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var hash = Hash(token);
        var row = await db.Set<CalendarFeedToken>().AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        var person = row is null ? null : await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == new PersonId(row.PersonId), cancellationToken);
        if (person is null)
        {
            return null;
        }

        var events = new List<CalendarEvent>();
        var werkstattIds = await db.Set<Participant>().AsNoTracking().Where(p => p.PersonId == person.Id).Select(p => p.WerkstattId).ToListAsync(cancellationToken);
        var werkstaetten = await db.Werkstaetten.AsNoTracking().Where(w => w.NetworkId == person.NetworkId).ToListAsync(cancellationToken);
        var calendars = await db.Set<WerkstattCalendar>().AsNoTracking().Where(c => werkstattIds.Contains(c.WerkstattId)).ToDictionaryAsync(c => c.WerkstattId, cancellationToken);
        var network = await db.Networks.AsNoTracking().Where(n => n.Id == person.NetworkId).Select(n => n.Name).FirstAsync(cancellationToken);
        var organizer = composer.Organizer(network);
        foreach (var werkstatt in werkstaetten.Where(w => werkstattIds.Contains(w.Id)))
        {
            var content = await sync.ContentAsync(werkstatt, cancellationToken);
            var calendar = calendars.GetValueOrDefault(werkstatt.Id) ?? WerkstattCalendar.For(werkstatt.Id, werkstatt.NetworkId);

            // The invitations' days (with their sequences) where sent; the current facts otherwise.
            _ = calendar.Send(content.Days(), [], time.GetUtcNow());
            var active = calendar.Days.Count(d => !d.Cancelled);
            foreach (var day in calendar.Days.Where(d => !d.Cancelled || werkstatt.Phase == Phase.Cancelled))
            {
                events.Add(composer.Event(content, day, Math.Max(active, day.Number), [], cancelled: false) with { Attendees = [] });
            }
        }

        foreach (var werkstatt in werkstaetten.Where(w => !w.Phase.IsClosed()))
        {
            foreach (var (kind, at, label) in Deadlines(person, werkstatt, werkstattIds.Contains(werkstatt.Id)))
            {
                events.Add(new CalendarEvent
                {
                    Uid = $"frist-{werkstatt.Id.Value:N}-{kind}@{composer.Domain}",
                    AllDay = BerlinTime.DateOf(at),
                    Summary = $"Frist: {label} – {werkstatt.Title}",
                    Description = $"{label} bis {BerlinTime.FormatDateTime(at)}.\nZur Werkstatt: {composer.Link(werkstatt.Id)}",
                    Url = composer.Link(werkstatt.Id),
                    Organizer = organizer,
                });
            }
        }

        return ICalendarWriter.Write("PUBLISH", events, time.GetUtcNow(), $"Werkstatt – {person.Name}");
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    // A person's own deadlines: members' people the modelling and follow-up of their network's Werkstätten they take
    // part in (process managers: all of them); reviewers have no member and get the review deadline.
    private static IEnumerable<(string Kind, DateTimeOffset At, string Label)> Deadlines(Person person, Werkstatt.Domain.Cycle.Werkstatt werkstatt, bool participates)
    {
        var s = werkstatt.Schedule;
        if (person.MemberId is null)
        {
            yield return ("review", s.ReviewDue, "Qualitätssicherung abgeschlossen");
            yield break;
        }

        if (participates || werkstatt.Phase <= Phase.Modelling)
        {
            yield return ("models", s.ModelsDue, "Modelle und Steckbriefe hochladen");
        }

        if (participates)
        {
            yield return ("followup", s.FollowUpDue, "Nachbereitung hochladen");
        }
    }

    private async Task<Guid?> PersonOfAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await db.Users.AsNoTracking().Where(u => u.Id == actor.UserId).Select(u => u.PersonId).FirstOrDefaultAsync(cancellationToken);
    }

    private static Error NoPerson() =>
        new(ErrorKind.NotFound, "NoPerson", "Ihr Zugang gehört zu keiner Person; ein Kalender-Abo gibt es nur für Personen eines Netzwerks.");
}
