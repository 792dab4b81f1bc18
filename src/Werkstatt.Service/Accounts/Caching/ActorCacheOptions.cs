using System.ComponentModel.DataAnnotations;

namespace Werkstatt.Service.Accounts.Caching;

/// <summary>Settings of the per-process actor cache (section <c>Caching</c>).</summary>
public sealed class ActorCacheOptions
{
    public const string SectionName = "Caching";

    /// <summary><c>Caching:Actors</c>: keep who a login is in memory between requests (off: read it on every request).</summary>
    public bool Actors { get; set; } = true;

    /// <summary>Safety net: an entry is read again from the database after this long even without a change notice.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ActorLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>At most this many logins are kept; a full cache starts over.</summary>
    [Range(1, 1_000_000)]
    public int ActorLimit { get; set; } = 20_000;

    /// <summary>PostgreSQL: first wait before the change listener reconnects (doubling up to 30 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan ListenerRetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
