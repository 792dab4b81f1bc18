using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Audit;

/// <summary>Reads the audit trail (coordinators their network, admins all) and removes entries past their retention.</summary>
public sealed class AuditService(WerkstattDbContext db, TimeProvider time, IOptions<AuditOptions> options)
{
    public async Task<Result<AuditPage>> ListAsync(Actor actor, AuditFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.NetworkId is { } network ? !actor.Coordinates(new NetworkId(network)) : !actor.IsAdmin)
        {
            return Error.Forbidden("Das Protokoll sehen nur die Koordination des Netzwerks und die Administration.");
        }

        if (filter.From is { } from && filter.To is { } to && to < from)
        {
            return Error.Validation("To", "Das Ende des Zeitraums liegt vor seinem Anfang.");
        }

        if (filter.Kind is { } kind && !AuditKinds.All.Contains(kind))
        {
            return Error.Validation("Kind", $"Unbekannte Art „{kind}“.");
        }

        var query = db.Set<AuditEntry>().AsNoTracking();
        if (filter.NetworkId is { } n)
        {
            query = query.Where(e => e.NetworkId == n);
        }

        if (filter.From is { } start)
        {
            var at = BerlinTime.ToUtc(start, TimeOnly.MinValue);
            query = query.Where(e => e.At >= at);
        }

        if (filter.To is { } end)
        {
            var before = BerlinTime.ToUtc(end.AddDays(1), TimeOnly.MinValue);
            query = query.Where(e => e.At < before);
        }

        if (filter.MemberId is { } member)
        {
            query = query.Where(e => e.MemberId == member);
        }

        if (filter.Kind is { } k)
        {
            query = query.Where(e => e.Kind == k);
        }

        var total = await query.CountAsync(cancellationToken);
        var page = Math.Max(1, filter.Page);
        var entries = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((page - 1) * AuditFilter.PageSize).Take(AuditFilter.PageSize)
            .ToListAsync(cancellationToken);
        return new AuditPage(entries, page, total);
    }

    /// <summary>Deletes entries older than <c>Audit:RetainFor</c>; returns how many.</summary>
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default)
    {
        var before = time.GetUtcNow() - options.Value.RetainFor;
        return await db.Set<AuditEntry>().Where(e => e.At < before).ExecuteDeleteAsync(cancellationToken);
    }
}
