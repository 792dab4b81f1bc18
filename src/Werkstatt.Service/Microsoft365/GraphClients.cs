using System.Collections.Concurrent;
using Azure.Core.Pipeline;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace Werkstatt.Service.Microsoft365;

/// <summary>
/// One <see cref="GraphServiceClient"/> per configured network (client credentials through Azure.Identity), kept for
/// the life of the process so tokens and connections are reused. Networks added to the configuration later (a reloaded
/// settings file) are picked up; a changed secret needs a restart. The SDK's default middleware stays in place; only its
/// retry handler gets our retry count and delay.
/// </summary>
public sealed class GraphClients(IOptionsMonitor<Microsoft365Options> options, GraphHttpHandlerFactory handlers) : IDisposable
{
    private readonly ConcurrentDictionary<Guid, (GraphServiceClient Client, HttpClient Http)> _clients = new();

    public bool IsConfigured(Guid networkId) => options.CurrentValue.For(networkId) is not null;

    public string Mailbox(Guid networkId) => Require(networkId).OrganizerMailbox;

    /// <summary>The network's client; throws when the network is not on Microsoft 365 (callers check <see cref="IsConfigured"/>).</summary>
    public GraphServiceClient For(Guid networkId) => _clients.GetOrAdd(networkId, Create).Client;

    public void Dispose()
    {
        foreach (var (_, http) in _clients.Values)
        {
            http.Dispose();
        }

        _clients.Clear();
    }

    private GraphNetworkOptions Require(Guid networkId) =>
        options.CurrentValue.For(networkId) ?? throw new InvalidOperationException($"Für das Netzwerk {networkId} ist Microsoft 365 nicht eingerichtet.");

    private (GraphServiceClient, HttpClient) Create(Guid networkId)
    {
        var network = Require(networkId);
        var credentialOptions = new ClientSecretCredentialOptions
        {
            Transport = new HttpClientTransport(handlers.Create()),
        };
        if (!string.IsNullOrWhiteSpace(network.AuthorityHost))
        {
            credentialOptions.AuthorityHost = new Uri(network.AuthorityHost);
            credentialOptions.DisableInstanceDiscovery = true;
        }

        var credential = new ClientSecretCredential(network.TenantId, network.ClientId, network.ClientSecret, credentialOptions);
        var graphBase = network.GraphBase;
        // The token is for Graph's resource (a national cloud's own); a loopback fake accepts Graph's.
        var scope = graphBase.IsLoopback ? "https://graph.microsoft.com/.default" : $"{graphBase.GetLeftPart(UriPartial.Authority)}/.default";
        var authentication = new AzureIdentityAuthenticationProvider(credential, [graphBase.Host], null, true, scope);

        var settings = options.CurrentValue;
        var middleware = GraphClientFactory.CreateDefaultHandlers().ToList();
        var retry = middleware.FindIndex(h => h is RetryHandler);
        var retryHandler = new RetryHandler(new RetryHandlerOption { MaxRetry = settings.MaxRetries, Delay = settings.RetryDelaySeconds });
        if (retry >= 0)
        {
            middleware[retry] = retryHandler;
        }
        else
        {
            middleware.Insert(0, retryHandler);
        }

        var http = GraphClientFactory.Create(middleware, finalHandler: handlers.Create());
        var client = new GraphServiceClient(http, authentication, graphBase.ToString().TrimEnd('/'));
        return (client, http);
    }
}
