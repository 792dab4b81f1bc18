namespace Werkstatt.Service.Microsoft365;

/// <summary>
/// The innermost HTTP handler for Graph and the token endpoint. Tests register a subclass that trusts their loopback
/// server's certificate; production uses the platform's defaults.
/// </summary>
public class GraphHttpHandlerFactory
{
    public virtual HttpMessageHandler Create() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
}
