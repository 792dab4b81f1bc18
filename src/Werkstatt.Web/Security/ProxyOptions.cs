namespace Werkstatt.Web.Security;

/// <summary>Reverse proxies (e.g. nginx) whose X-Forwarded-For/-Proto headers are trusted.</summary>
public sealed class ProxyOptions
{
    public const string SectionName = "Proxy";

    /// <summary>IP addresses of trusted proxies, e.g. ["127.0.0.1"]. Empty: forwarded headers are ignored.</summary>
    public IList<string> TrustedProxies { get; } = [];
}
