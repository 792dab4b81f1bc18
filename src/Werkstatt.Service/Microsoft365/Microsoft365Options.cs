using System.ComponentModel.DataAnnotations;

namespace Werkstatt.Service.Microsoft365;

/// <summary>
/// Networks on Microsoft 365 (section <c>Microsoft365</c>): per network id its app registration and organizer mailbox,
/// plus how often the Graph SDK retries a throttled or unavailable request. Secrets only from configuration/environment.
/// </summary>
public sealed class Microsoft365Options
{
    public const string SectionName = "Microsoft365";

    /// <summary>Keyed by the network's id (a GUID), e.g. <c>Microsoft365__Networks__{id}__ClientSecret</c>.</summary>
    public Dictionary<string, GraphNetworkOptions> Networks { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Retries of the SDK's retry handler on 429/503/504 (it honours Retry-After).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Seconds before a retry when the answer has no Retry-After (doubling per retry).</summary>
    [Range(0, 180)]
    public int RetryDelaySeconds { get; set; } = 3;

    /// <summary>How often the background loop looks for calendars whose Graph events are due (also right after a change).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    public GraphNetworkOptions? For(Guid networkId) =>
        Networks.TryGetValue(networkId.ToString(), out var options) ? options : null;
}
