using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Werkstatt.Service.Common;

namespace Werkstatt.Service.Accounts.Caching;

/// <summary>
/// Who a login is (<see cref="Actor"/>), kept per process between requests. Any change to logins, roles or people
/// empties it: locally through <see cref="ActorCacheInterceptor"/>, from other processes through
/// <see cref="ActorChangeListener"/> (PostgreSQL NOTIFY). Where other processes share the database, the cache is only
/// used while that listener is connected (<see cref="RequiresListener"/>); otherwise every read goes to the database.
/// </summary>
/// <remarks>
/// A read that started before a change may finish after the change emptied the cache; it must not put its old facts
/// back. So a reader takes the <see cref="Generation"/> before it reads the database and <see cref="Store"/> keeps the
/// result only if no invalidation happened in between (checked under the same lock that invalidation takes).
/// </remarks>
public sealed class ActorCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;
    private readonly int _limit;
    private long _generation;
    private bool _listening;

    public ActorCache(IOptions<ActorCacheOptions> options, TimeProvider time, bool requiresListener)
    {
        ArgumentNullException.ThrowIfNull(options);
        Enabled = options.Value.Actors;
        _lifetime = options.Value.ActorLifetime;
        _limit = options.Value.ActorLimit;
        _time = time;
        RequiresListener = requiresListener;
    }

    /// <summary><c>Caching:Actors</c>.</summary>
    public bool Enabled { get; }

    /// <summary>True where other processes may change the database (PostgreSQL): entries are trusted only while listening.</summary>
    public bool RequiresListener { get; }

    /// <summary>Whether the change listener is connected (always false where none is needed).</summary>
    public bool IsListening
    {
        get
        {
            lock (_gate)
            {
                return _listening;
            }
        }
    }

    /// <summary>Raised by every invalidation; a read that saw another value must not store.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public int Count => _entries.Count;

    /// <summary>
    /// Starts a read: the generation to hand to <see cref="Store"/>, or null when the cache must be bypassed
    /// (switched off, or the listener it depends on is not connected).
    /// </summary>
    public long? Begin()
    {
        if (!Enabled)
        {
            return null;
        }

        lock (_gate)
        {
            return RequiresListener && !_listening ? null : _generation;
        }
    }

    public bool TryGet(string userId, out Actor actor)
    {
        if (_entries.TryGetValue(userId, out var entry))
        {
            if (entry.ExpiresAt > _time.GetUtcNow())
            {
                actor = entry.Actor;
                return true;
            }

            _entries.TryRemove(new KeyValuePair<string, Entry>(userId, entry));
        }

        actor = null!;
        return false;
    }

    /// <summary>Keeps <paramref name="actor"/> unless the cache was invalidated since <paramref name="generation"/> was taken.</summary>
    public bool Store(string userId, Actor actor, long generation)
    {
        lock (_gate)
        {
            if (generation != _generation || (RequiresListener && !_listening))
            {
                return false;
            }

            if (_entries.Count >= _limit && !_entries.ContainsKey(userId))
            {
                _entries.Clear(); // crude but bounded; the limit is far above the logins active at once
            }

            _entries[userId] = new Entry(actor, _time.GetUtcNow() + _lifetime);
            return true;
        }
    }

    /// <summary>Forgets every entry and makes running reads discard what they read.</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _generation++;
            _entries.Clear();
        }
    }

    /// <summary>The listener (re)connected or lost its connection; either way nothing cached before is trusted.</summary>
    public void SetListening(bool listening)
    {
        lock (_gate)
        {
            _listening = listening;
            _generation++;
            _entries.Clear();
        }
    }

    private sealed record Entry(Actor Actor, DateTimeOffset ExpiresAt);
}
