using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Accounts;
using Werkstatt.Service.Events;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Persistence;

/// <summary>
/// The one database context. Provider-specific subclasses exist so each provider gets its own cached model
/// (SQLite stores instants as sortable integers, PostgreSQL as timestamptz).
/// </summary>
public abstract class WerkstattDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options)
{
    // Handlers may change aggregates that raise events in turn; a chain longer than this is a bug.
    private const int MaxEventRounds = 8;

    public DbSet<Network> Networks => Set<Network>();

    public DbSet<Member> Members => Set<Member>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<WerkstattAggregate> Werkstaetten => Set<WerkstattAggregate>();

    /// <summary>
    /// The services of the scope that leased this context. Contexts are pooled (a context outlives the request that
    /// used it), so the domain event handlers and the audit's actor are found here, set on every lease by
    /// <c>WerkstattDbContextRegistration</c> – not through the options, which all leases share.
    /// </summary>
    public IServiceProvider? ScopeServices { get; internal set; }

    /// <summary>A pooled context goes back to the pool here: it lets go of its scope, whose services it would otherwise keep alive until the next lease.</summary>
    public override void Dispose()
    {
        ScopeServices = null;
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc cref="Dispose"/>
    public override async ValueTask DisposeAsync()
    {
        ScopeServices = null;
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>"sqlite" or "postgres"; names the folder of this provider's migration scripts.</summary>
    public abstract string ProviderName { get; }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Hands the aggregates' domain events to their handlers first, so that what the handlers add is saved in the
    /// same transaction; then raises the versions and saves.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var dispatcher = ScopeServices?.GetService(typeof(DomainEventDispatcher)) as DomainEventDispatcher;
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        try
        {
            for (var round = 0; ; round++)
            {
                // The events live on the tracked aggregates themselves: finding them needs no scan for changes.
                ChangeTracker.AutoDetectChangesEnabled = false;
                var aggregates = ChangeTracker.Entries<AggregateRoot>().Select(e => e.Entity).ToList();
                ChangeTracker.AutoDetectChangesEnabled = autoDetect;
                var events = aggregates.SelectMany(a => a.DomainEvents).ToList();
                if (events.Count == 0)
                {
                    break;
                }

                if (round == MaxEventRounds)
                {
                    throw new InvalidOperationException("Domain event handlers keep raising events; giving up.");
                }

                foreach (var aggregate in aggregates)
                {
                    aggregate.ClearDomainEvents();
                }

                if (dispatcher is not null)
                {
                    await dispatcher.DispatchAsync(events, cancellationToken);
                }
            }

            // Changes are detected once here, after the handlers. The version bumps, the save interceptors (audit,
            // actor cache) and EF's own save would otherwise each scan every tracked entity again.
            ChangeTracker.DetectChanges();
            ChangeTracker.AutoDetectChangesEnabled = false;
            BeforeSave();
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    /// <summary>
    /// The entry of <paramref name="entity"/> without scanning it for changes first (<see cref="DbContext.Entry(object)"/>
    /// does): for its tracking state or its original values, which no scan changes.
    /// </summary>
    public Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<TEntity> EntryWithoutScan<TEntity>(TEntity entity)
        where TEntity : class
    {
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return Entry(entity);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WerkstattDbContext).Assembly);
    }

    // Every save of a changed aggregate raises its version, so a stale copy cannot overwrite it. Runs after the one
    // scan for changes, so the states are current; the raised version is marked modified explicitly.
    private void BeforeSave()
    {
        foreach (var entry in ChangeTracker.Entries<AggregateRoot>())
        {
            if (entry.State == EntityState.Modified || HasChangedOwnedParts(entry))
            {
                if (entry.State == EntityState.Unchanged)
                {
                    entry.State = EntityState.Modified;
                }

                entry.Entity.IncrementVersion();
                entry.Property(a => a.Version).IsModified = true;
            }
        }
    }

    private static bool HasChangedOwnedParts(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        entry.State == EntityState.Unchanged
        && entry.Navigations.Any(n => n.Metadata is Microsoft.EntityFrameworkCore.Metadata.INavigation { ForeignKey.IsOwnership: true } && n.IsModified);
}
