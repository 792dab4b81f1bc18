using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Werkstatt.Bench.Live;

/// <summary>
/// A minimal SignalR client (JSON hub protocol over WebSockets). The NuGet client (Microsoft.AspNetCore.SignalR.Client)
/// does not restore here: its dependency Microsoft.AspNetCore.Http.Connections.Client is not served by the registry.
/// </summary>
public sealed class HubClient : IAsyncDisposable
{
    private const char Separator = '\u001e';
    private readonly ClientWebSocket _socket = new();
    private readonly Dictionary<string, TaskCompletionSource<JsonNode?>> _calls = [];
    private readonly Lock _lock = new();
    private int _next;
    private Task? _reader;

    public event Action<string, JsonArray>? Received;

    public static async Task<HubClient> ConnectAsync(Uri baseUrl, string hubPath, string query, CookieContainer cookies)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = baseUrl };
        var negotiate = await http.PostAsync(new Uri($"{hubPath}/negotiate?negotiateVersion=1&{query}", UriKind.Relative), null);
        negotiate.EnsureSuccessStatusCode();
        var token = JsonNode.Parse(await negotiate.Content.ReadAsStringAsync())!["connectionToken"]!.GetValue<string>();
        var client = new HubClient();
        client._socket.Options.Cookies = cookies;
        var ws = new UriBuilder(baseUrl) { Scheme = baseUrl.Scheme == "https" ? "wss" : "ws", Path = hubPath, Query = $"{query}&id={Uri.EscapeDataString(token)}" }.Uri;
        await client._socket.ConnectAsync(ws, CancellationToken.None);
        await client.SendRawAsync("{\"protocol\":\"json\",\"version\":1}");
        var handshake = await client.ReceiveAsync();
        if (handshake is null || handshake.Trim(Separator) != "{}")
        {
            throw new InvalidOperationException($"SignalR handshake failed: {handshake}");
        }

        client._reader = Task.Run(client.ReadLoopAsync);
        return client;
    }

    public async Task<JsonNode?> InvokeAsync(string target, params object?[] arguments)
    {
        var id = Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var done = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            _calls[id] = done;
        }

        await SendRawAsync(JsonSerializer.Serialize(new { type = 1, invocationId = id, target, arguments }));
        return await done.Task;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        catch (WebSocketException)
        {
        }

        if (_reader is not null)
        {
            await _reader.ConfigureAwait(false);
        }

        _socket.Dispose();
    }

    private readonly SemaphoreSlim _send = new(1, 1);

    private async Task SendRawAsync(string json)
    {
        await _send.WaitAsync();
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(json + Separator), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _send.Release();
        }
    }

    private async Task<string?> ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (await ReceiveAsync() is { } text)
            {
                foreach (var frame in text.Split(Separator, StringSplitOptions.RemoveEmptyEntries))
                {
                    Dispatch(JsonNode.Parse(frame)!);
                }
            }
        }
        catch (WebSocketException)
        {
        }
    }

    private void Dispatch(JsonNode message)
    {
        switch (message["type"]!.GetValue<int>())
        {
            case 1:
                Received?.Invoke(message["target"]!.GetValue<string>(), message["arguments"]!.AsArray());
                break;
            case 3:
                TaskCompletionSource<JsonNode?>? call;
                lock (_lock)
                {
                    _calls.Remove(message["invocationId"]!.GetValue<string>(), out call);
                }

                if (message["error"] is { } error)
                {
                    call?.TrySetException(new InvalidOperationException(error.GetValue<string>()));
                }
                else
                {
                    call?.TrySetResult(message["result"]);
                }

                break;
        }
    }
}
