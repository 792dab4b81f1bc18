using Microsoft.Extensions.Options;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Accounts.Caching;
using Werkstatt.Service.Common;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Service.Tests.Accounts.Caching;

/// <summary>The cache on its own: the generation guard, the listener gate, expiry and the size bound.</summary>
public sealed class ActorCacheTests
{
    private readonly ManualTimeProvider _clock = new(TestServices.DefaultNow);

    [Fact]
    public void A_read_that_raced_an_invalidation_does_not_store_what_it_read()
    {
        var cache = Cache(requiresListener: false);
        var generation = cache.Begin()!.Value;   // request 1 starts reading the database ...
        cache.Invalidate();                       // ... a change is saved and announced meanwhile ...

        var stored = cache.Store("u1", Someone("alt"), generation); // ... and its old facts arrive afterwards

        Assert.False(stored);
        Assert.False(cache.TryGet("u1", out _));
        Assert.True(cache.Store("u1", Someone("neu"), cache.Begin()!.Value));
        Assert.True(cache.TryGet("u1", out var actor));
        Assert.Equal("neu", actor.Name);
    }

    [Fact]
    public void A_cache_that_needs_the_listener_is_bypassed_until_it_listens_and_emptied_when_it_stops()
    {
        var cache = Cache(requiresListener: true);
        Assert.Null(cache.Begin());
        Assert.False(cache.Store("u1", Someone("x"), cache.Generation));

        cache.SetListening(true);
        Assert.True(cache.Store("u1", Someone("x"), cache.Begin()!.Value));
        var beforeLoss = cache.Begin()!.Value;
        cache.SetListening(false);

        Assert.Null(cache.Begin());
        Assert.Equal(0, cache.Count);
        cache.SetListening(true);
        Assert.False(cache.Store("u1", Someone("x"), beforeLoss)); // read before the loss, finished after the reconnect
        Assert.False(cache.TryGet("u1", out _));
    }

    [Fact]
    public void Entries_expire_after_their_lifetime()
    {
        var cache = Cache(requiresListener: false);
        cache.Store("u1", Someone("x"), cache.Begin()!.Value);

        _clock.Advance(TimeSpan.FromMinutes(4));
        Assert.True(cache.TryGet("u1", out _));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.False(cache.TryGet("u1", out _));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void The_cache_stays_within_its_limit_and_can_be_switched_off()
    {
        var cache = Cache(requiresListener: false, limit: 2);
        foreach (var user in new[] { "u1", "u2", "u3", "u4", "u5" })
        {
            cache.Store(user, Someone(user), cache.Begin()!.Value);
            Assert.InRange(cache.Count, 1, 2);
        }

        Assert.True(cache.TryGet("u5", out _));
        Assert.Null(Cache(requiresListener: false, enabled: false).Begin());
    }

    private ActorCache Cache(bool requiresListener, int limit = 100, bool enabled = true) =>
        new(Options.Create(new ActorCacheOptions { Actors = enabled, ActorLimit = limit, ActorLifetime = TimeSpan.FromMinutes(5) }), _clock, requiresListener);

    private static Actor Someone(string name) => new("u", name, null, null, new HashSet<Role> { Role.Expert });
}
