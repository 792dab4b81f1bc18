using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Accounts.Caching;

/// <summary>
/// Empties this process's <see cref="ActorCache"/> when a save adds, changes or deletes a login, a role, a login's
/// role or a person – so the instance that made the change never serves the old actor, even before its own NOTIFY
/// comes back. Inside an explicit transaction (e.g. the DSGVO erasure) it empties the cache again at commit: a request
/// reading between the save and the commit still saw the old rows.
/// </summary>
public sealed class ActorCacheInterceptor(ActorCache cache) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _pendingCommit = [];

    /// <summary>Whether a change to this entity can change an <see cref="Common.Actor"/>.</summary>
    public static bool Concerns(object entity) => entity is AppUser or IdentityUserRole<string> or IdentityRole or Person;

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Saving(eventData);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Saving(eventData);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Saved(eventData);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Saved(eventData);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData);
        return Task.CompletedTask;
    }

    private void Saving(DbContextEventData eventData)
    {
        if (eventData.Context is not { } context)
        {
            return;
        }

        // Entries() detects changes itself unless the save already did (WerkstattDbContext.SaveChangesAsync).
        var concerned = context.ChangeTracker.Entries()
            .Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && Concerns(e.Entity));
        if (concerned)
        {
            cache.Invalidate();
            _pendingCommit.AddOrUpdate(context, context.Database.CurrentTransaction is null ? Implicit : Explicit);
        }
    }

    private void Saved(DbContextEventData eventData)
    {
        if (eventData.Context is { } context && _pendingCommit.TryGetValue(context, out var kind))
        {
            cache.Invalidate();
            if (ReferenceEquals(kind, Implicit))
            {
                _pendingCommit.Remove(context);
            }
        }
    }

    private void Ended(TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context && _pendingCommit.TryGetValue(context, out _))
        {
            cache.Invalidate();
            _pendingCommit.Remove(context);
        }
    }

    private static readonly object Implicit = new();
    private static readonly object Explicit = new();
}
