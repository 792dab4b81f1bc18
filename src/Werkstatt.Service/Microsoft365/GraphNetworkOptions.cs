namespace Werkstatt.Service.Microsoft365;

/// <summary>One network's Microsoft 365 tenant: the app registration (client credentials) and the organizer mailbox.</summary>
public sealed class GraphNetworkOptions
{
    public const string DefaultGraphBaseUrl = "https://graph.microsoft.com/v1.0";

    public string TenantId { get; set; } = string.Empty;

    public string ClientId { get; set; } = string.Empty;

    /// <summary>From the environment or a secret store only; never in the repository or the database.</summary>
    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>The mailbox whose calendar holds the events and that sends mail (<c>sendMail</c>).</summary>
    public string OrganizerMailbox { get; set; } = string.Empty;

    /// <summary>Another Graph endpoint (national cloud, or a local fake in tests).</summary>
    public string? GraphBaseUrl { get; set; }

    /// <summary>Another Entra ID authority host (national cloud, or a local fake in tests); instance discovery is then off.</summary>
    public string? AuthorityHost { get; set; }

    public Uri GraphBase => new((string.IsNullOrWhiteSpace(GraphBaseUrl) ? DefaultGraphBaseUrl : GraphBaseUrl).TrimEnd('/'));
}
