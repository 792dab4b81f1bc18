using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Library;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Library;

/// <summary>Searching the library, showing an entry and recording re-use; everyone of the network may read, only ever their own network.</summary>
public sealed class LibraryService(WerkstattDbContext db, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<LibraryHit>>> SearchAsync(Actor actor, NetworkId network, LibraryQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(query);
        if (!actor.BelongsTo(network))
        {
            return Error.Forbidden();
        }

        if (query.Text?.Length > LibraryQuery.TextMaxLength)
        {
            return Error.Validation("Text", $"Bitte höchstens {LibraryQuery.TextMaxLength} Zeichen als Suchbegriff eingeben.");
        }

        var postgres = db.ProviderName == PostgresWerkstattDbContext.Name;
        var broad = LibrarySearchSql.MatchCount(postgres, query.Text) is { } count
            && await db.Database.SqlQueryRaw<int>(count.Sql, count.Parameters).SingleAsync(cancellationToken) > LibrarySearchSql.BroadMatches;
        var (sql, parameters) = LibrarySearchSql.Build(postgres, network, query, broad);
        var ids = await db.Database.SqlQueryRaw<Guid>(sql, parameters).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return Array.Empty<LibraryHit>();
        }

        var keys = ids.Select(i => new LibraryEntryId(i)).ToList();
        var entries = await db.Set<LibraryEntry>().AsNoTracking().AsSplitQuery().Where(e => keys.Contains(e.Id)).ToDictionaryAsync(e => e.Id.Value, cancellationToken);
        return ids.Where(entries.ContainsKey).Select(i => Hit(entries[i])).ToList();
    }

    public async Task<Result<LibraryFilters>> FiltersAsync(Actor actor, NetworkId network, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.BelongsTo(network))
        {
            return Error.Forbidden();
        }

        var topics = await db.Set<LibraryEntry>().AsNoTracking().Where(e => e.NetworkId == network && e.Topic != null)
            .Select(e => e.Topic!).Distinct().OrderBy(t => t).Take(200).ToListAsync(cancellationToken);
        var members = await db.Members.AsNoTracking().Where(m => m.NetworkId == network).OrderBy(m => m.Name)
            .Select(m => new KeyValuePair<Guid, string>(m.Id.Value, m.Name)).ToListAsync(cancellationToken);
        var werkstaetten = await db.Werkstaetten.AsNoTracking().Where(w => w.NetworkId == network).OrderBy(w => w.Title)
            .Select(w => new KeyValuePair<Guid, string>(w.Id.Value, w.Title)).ToListAsync(cancellationToken);
        return new LibraryFilters(topics, members, werkstaetten);
    }

    public async Task<Result<LibraryEntryView>> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        var entry = await FindAsync(actor, id, tracked: false, cancellationToken);
        return entry.IsSuccess ? await ViewAsync(entry.Value, cancellationToken) : entry.Error;
    }

    /// <summary>A member's process manager records that the member imported the latest version into its own platform.</summary>
    public async Task<Result<LibraryEntryView>> RecordReuseAsync(Actor actor, Guid id, MemberId member, int expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var found = await FindAsync(actor, id, tracked: true, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var entry = found.Value;
        if (!actor.ManagesMember(entry.NetworkId, member) || !await db.Members.AnyAsync(m => m.Id == member && m.NetworkId == entry.NetworkId, cancellationToken))
        {
            return Error.Forbidden("Nur die Prozessmanager:innen einer Verwaltung (oder die Koordination) tragen deren Nachnutzung ein.");
        }

        if (entry.Version != expectedVersion)
        {
            return Error.Concurrency("Der Bibliothekseintrag");
        }

        try
        {
            entry.RecordReuse(member, clock.GetUtcNow(), actor.Name);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainRuleViolation violation)
        {
            return violation.ToError();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Concurrency("Der Bibliothekseintrag");
        }

        return await ViewAsync(entry, cancellationToken);
    }

    /// <summary>The entry, or NotFound, or Forbidden when it belongs to another network than the actor's.</summary>
    internal async Task<Result<LibraryEntry>> FindAsync(Actor actor, Guid id, bool tracked, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (id == Guid.Empty)
        {
            return Error.NotFound("Der Bibliothekseintrag");
        }

        var key = new LibraryEntryId(id);
        var query = tracked ? db.Set<LibraryEntry>() : db.Set<LibraryEntry>().AsNoTracking();
        var entry = await query.FirstOrDefaultAsync(e => e.Id == key, cancellationToken);
        if (entry is null)
        {
            return Error.NotFound("Der Bibliothekseintrag");
        }

        return actor.BelongsTo(entry.NetworkId) ? entry : Error.Forbidden("Dieser Eintrag gehört zur Bibliothek eines anderen Netzwerks.");
    }

    private async Task<LibraryEntryView> ViewAsync(LibraryEntry entry, CancellationToken cancellationToken)
    {
        var names = await db.Members.AsNoTracking().Where(m => m.NetworkId == entry.NetworkId).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        var reuses = entry.Imports.OrderBy(i => i.At)
            .Select(i => new LibraryReuse(i.MemberId.Value, names.GetValueOrDefault(i.MemberId) ?? "Verwaltung", i.VersionNumber, i.At, i.By)).ToList();
        return new LibraryEntryView(
            entry.Id.Value, entry.NetworkId.Value, entry.Name, entry.LeikaKey, entry.Topic, entry.Levels, entry.LatestOn, entry.Version,
            entry.Versions.OrderByDescending(v => v.Number).ToList(), reuses);
    }

    private static LibraryHit Hit(LibraryEntry e)
    {
        var latest = e.Latest;
        var members = latest.Models.Select(m => m.MemberName).Concat(latest.Profiles.Select(p => p.MemberName)).Distinct().ToList();
        return new LibraryHit(e.Id.Value, e.Name, e.LeikaKey, e.Topic, members, latest.WerkstattTitle, e.LatestOn, e.Versions.Count, e.ReuseCount);
    }
}
