using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Werkstatt.Service.Microsoft365;

namespace Werkstatt.Tests.Shared;

/// <summary>
/// A small Microsoft Graph on 127.0.0.1 (HTTPS, own certificate, random port): the Entra token endpoint and the Graph
/// routes we use. It records every request, keeps events (deduplicated by transactionId like Graph), adds a Teams
/// block and join link to online meetings, and can be told to fail the next request once (e.g. 429 with Retry-After).
/// </summary>
public sealed class FakeGraphServer : IAsyncDisposable
{
    public const string TenantId = "tenant-test";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Failure> _failures = new();
    private readonly Dictionary<string, JsonObject> _events = [];
    private readonly Dictionary<string, string> _transactions = [];
    private readonly Lock _lock = new();

    private FakeGraphServer(WebApplication app, X509Certificate2 certificate)
    {
        _app = app;
        Certificate = certificate;
    }

    public X509Certificate2 Certificate { get; }

    public ConcurrentQueue<GraphRequest> Requests { get; } = new();

    public string BaseUrl => $"https://127.0.0.1:{Port}/v1.0";

    public string AuthorityHost => $"https://127.0.0.1:{Port}/";

    public int Port { get; private set; }

    public IReadOnlyList<JsonObject> Events
    {
        get
        {
            lock (_lock)
            {
                return _events.Values.Select(e => (JsonObject)e.DeepClone()).ToList();
            }
        }
    }

    public static async Task<FakeGraphServer> StartAsync()
    {
        var certificate = CreateCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(certificate)));
        var app = builder.Build();
        var server = new FakeGraphServer(app, certificate);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.Port = new Uri(app.Urls.First()).Port;
        return server;
    }

    /// <summary>The configuration of a network pointed at this server.</summary>
    public Dictionary<string, string?> Settings(Guid networkId, string mailbox = "werkstatt@netz.example") => new()
    {
        [$"Microsoft365:Networks:{networkId}:TenantId"] = TenantId,
        [$"Microsoft365:Networks:{networkId}:ClientId"] = "client-test",
        [$"Microsoft365:Networks:{networkId}:ClientSecret"] = "secret-test",
        [$"Microsoft365:Networks:{networkId}:OrganizerMailbox"] = mailbox,
        [$"Microsoft365:Networks:{networkId}:GraphBaseUrl"] = BaseUrl,
        [$"Microsoft365:Networks:{networkId}:AuthorityHost"] = AuthorityHost,
        ["Microsoft365:MaxRetries"] = "2",
        ["Microsoft365:RetryDelaySeconds"] = "0",
    };

    /// <summary>Trusts exactly this server's certificate (register instead of the default factory).</summary>
    public GraphHttpHandlerFactory HandlerFactory() => new TrustingFactory(Certificate);

    /// <summary>The next request matching <paramref name="method"/> and path suffix is answered with the status (after being handled, when <paramref name="afterHandling"/>).</summary>
    public void FailNext(string method, string pathEndsWith, int status, int? retryAfterSeconds, bool afterHandling = false) =>
        _failures.Enqueue(new Failure(method, pathEndsWith, status, retryAfterSeconds, afterHandling));

    public IReadOnlyList<GraphRequest> GraphRequests(string method) => Requests.Where(r => r.Method == method && r.Path.StartsWith("/v1.0/", StringComparison.Ordinal)).ToList();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Certificate.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        var path = request.Path.Value ?? string.Empty;
        Requests.Enqueue(new GraphRequest(request.Method, path, body, request.ContentType, request.Headers.Authorization.ToString(), DateTimeOffset.UtcNow));

        var failure = _failures.TryPeek(out var next) && next.Method == request.Method && path.EndsWith(next.PathEndsWith, StringComparison.Ordinal) && _failures.TryDequeue(out var taken) ? taken : null;
        if (failure is { AfterHandling: false })
        {
            await FailAsync(context, failure);
            return;
        }

        var (status, answer) = Route(request.Method, path, body);
        if (failure is not null)
        {
            await FailAsync(context, failure);
            return;
        }

        context.Response.StatusCode = status;
        if (answer is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer.ToJsonString());
        }
    }

    private (int Status, JsonNode? Answer) Route(string method, string path, string body)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (path.EndsWith("/.well-known/openid-configuration", StringComparison.Ordinal))
        {
            var authority = $"{AuthorityHost}{TenantId}";
            return (200, new JsonObject
            {
                ["issuer"] = $"{authority}/v2.0",
                ["token_endpoint"] = $"{authority}/oauth2/v2.0/token",
                ["authorization_endpoint"] = $"{authority}/oauth2/v2.0/authorize",
            });
        }

        if (method == "POST" && path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            return (200, new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = 3600, ["ext_expires_in"] = 3600, ["access_token"] = "fake-graph-token" });
        }

        // /v1.0/users/{mailbox}/events[/{id}[/cancel]] and /v1.0/users/{mailbox}/sendMail
        if (parts.Length < 4 || parts[0] != "v1.0" || parts[1] != "users")
        {
            return (404, null);
        }

        lock (_lock)
        {
            return (method, parts.Length, parts[3]) switch
            {
                ("POST", 4, "sendMail") => (202, null),
                ("POST", 4, "events") => Create(body),
                ("GET", 5, "events") => _events.TryGetValue(parts[4], out var e) ? (200, e.DeepClone()) : (404, null),
                ("PATCH", 5, "events") => Patch(parts[4], body),
                ("POST", 6, "events") when parts[5] == "cancel" => Cancel(parts[4]),
                _ => (404, null),
            };
        }
    }

    private (int, JsonNode?) Create(string body)
    {
        var graphEvent = JsonNode.Parse(body)!.AsObject();
        var transaction = graphEvent["transactionId"]?.GetValue<string>();
        if (transaction is not null && _transactions.TryGetValue(transaction, out var existing))
        {
            return (201, _events[existing].DeepClone());
        }

        var id = $"AAMk-{Guid.NewGuid():N}";
        graphEvent["id"] = id;
        if (graphEvent["isOnlineMeeting"]?.GetValue<bool>() == true)
        {
            var joinUrl = $"https://teams.microsoft.com/l/meetup-join/{id}";
            graphEvent["onlineMeeting"] = new JsonObject { ["joinUrl"] = joinUrl };
            var content = graphEvent["body"]?["content"]?.GetValue<string>() ?? string.Empty;
            graphEvent["body"] = new JsonObject
            {
                ["contentType"] = "html",
                ["content"] = $"<html><head></head><body>{content}{TeamsBlock(joinUrl)}</body></html>",
            };
        }

        _events[id] = graphEvent;
        if (transaction is not null)
        {
            _transactions[transaction] = id;
        }

        return (201, graphEvent.DeepClone());
    }

    private (int, JsonNode?) Patch(string id, string body)
    {
        if (!_events.TryGetValue(id, out var graphEvent))
        {
            return (404, null);
        }

        foreach (var (key, value) in JsonNode.Parse(body)!.AsObject())
        {
            graphEvent[key] = value?.DeepClone();
        }

        return (200, graphEvent.DeepClone());
    }

    private (int, JsonNode?) Cancel(string id)
    {
        if (!_events.TryGetValue(id, out var graphEvent))
        {
            return (404, null);
        }

        graphEvent["isCancelled"] = true;
        return (202, null);
    }

    public static string TeamsBlock(string joinUrl) =>
        "<div style=\"width:100%\"><span style=\"white-space:nowrap\">________________________________________________________________________________</span></div>"
        + $"<div><b>Microsoft Teams-Besprechung</b><br><a href=\"{joinUrl}\">Jetzt an der Besprechung teilnehmen</a></div>"
        + "<div><span>________________________________________________________________________________</span></div>";

    private static async Task FailAsync(HttpContext context, Failure failure)
    {
        context.Response.StatusCode = failure.Status;
        if (failure.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new { error = new { code = "TooManyRequests", message = "Bitte später erneut versuchen." } }));
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }

    private sealed record Failure(string Method, string PathEndsWith, int Status, int? RetryAfterSeconds, bool AfterHandling);

    private sealed class TrustingFactory(X509Certificate2 certificate) : GraphHttpHandlerFactory
    {
        public override HttpMessageHandler Create() => new SocketsHttpHandler
        {
            SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => presented is not null && presented.GetCertHashString() == certificate.GetCertHashString() },
        };
    }
}

/// <summary>One request the fake Graph received.</summary>
public sealed record GraphRequest(string Method, string Path, string Body, string? ContentType, string Authorization, DateTimeOffset At)
{
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();
}
