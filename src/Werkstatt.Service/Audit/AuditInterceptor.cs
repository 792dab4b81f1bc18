using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Persistence;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Audit;

/// <summary>
/// The audit step of every save: after the domain events were handled (they run first, in
/// <c>WerkstattDbContext.SaveChangesAsync</c>), each added, changed or deleted aggregate gets one audit entry with the
/// scope's actor – in the same SaveChanges, so in the same transaction as the change.
/// </summary>
internal sealed class AuditInterceptor : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            await RecordAsync(context, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            RecordAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    private static async Task RecordAsync(DbContext context, CancellationToken cancellationToken)
    {
        // The request's services: the context is pooled, its options (and their service provider) are shared.
        var services = (context as WerkstattDbContext)?.ScopeServices;
        var audit = services?.GetService<AuditContext>();
        if (audit is null)
        {
            return;
        }

        // Entries() detects changes itself unless the save already did (WerkstattDbContext.SaveChangesAsync).
        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not AuditEntry)
            .ToList();
        if (changed.Count == 0)
        {
            return;
        }

        var names = new Dictionary<Guid, string>();
        var subjects = changed.Select(e => AuditDescriber.Describe(e, id => MemberName(context, names, id))).OfType<AuditSubject>().ToList();
        if (subjects.Count == 0)
        {
            return;
        }

        var now = (services!.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
        var networks = new Dictionary<Guid, Guid?>();
        foreach (var subject in subjects)
        {
            var network = subject.NetworkId;
            if (network is null && subject.WerkstattId is { } werkstatt)
            {
                network = await NetworkOfAsync(context, networks, werkstatt, cancellationToken);
            }

            context.Add(new AuditEntry
            {
                Id = Guid.CreateVersion7(now),
                At = now,
                NetworkId = network ?? audit.ActorNetwork?.Value,
                MemberId = subject.MemberId ?? audit.ActorMember?.Value,
                ActorId = Truncate(audit.ActorId, AuditEntry.ShortMaxLength),
                ActorName = Truncate(audit.ActorName, AuditEntry.NameMaxLength),
                Kind = subject.Kind,
                Action = subject.Action,
                EntityType = subject.EntityType,
                EntityId = Truncate(subject.EntityId, AuditEntry.ShortMaxLength),
                Summary = Truncate(subject.Summary, AuditEntry.SummaryMaxLength),
            });
        }
    }

    private static string MemberName(DbContext context, Dictionary<Guid, string> cache, Guid id)
    {
        if (!cache.TryGetValue(id, out var name))
        {
            var memberId = new MemberId(id);
            name = context.Set<Member>().Local.FirstOrDefault(m => m.Id == memberId)?.Name
                ?? context.Set<Member>().AsNoTracking().Where(m => m.Id == memberId).Select(m => m.Name).FirstOrDefault()
                ?? "unbekannter Verwaltung";
            cache[id] = name;
        }

        return name;
    }

    private static async Task<Guid?> NetworkOfAsync(DbContext context, Dictionary<Guid, Guid?> cache, Guid werkstatt, CancellationToken cancellationToken)
    {
        if (!cache.TryGetValue(werkstatt, out var network))
        {
            var id = new Werkstatt.Domain.Cycle.WerkstattId(werkstatt);
            network = context.Set<WerkstattAggregate>().Local.FirstOrDefault(w => w.Id == id)?.NetworkId.Value
                ?? (await context.Set<WerkstattAggregate>().AsNoTracking().Where(w => w.Id == id).Select(w => (NetworkId?)w.NetworkId).FirstOrDefaultAsync(cancellationToken))?.Value;
            cache[werkstatt] = network;
        }

        return network;
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
