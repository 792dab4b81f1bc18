using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Werkstatt.Browser.Tests.Support;

namespace Werkstatt.Browser.Tests.Live;

/// <summary>
/// Live to-be modelling when the facilitator's connection drops: the hub's WebSocket is cut (routed through Playwright and
/// closed) and the browser goes offline, so reconnecting fails until it is back. Edits made meanwhile – typed labels
/// included – wait in localStorage, reach the participant and the stored draft after the reconnect, and survive a
/// reload attempted while offline. Its own server (class fixture), so the other live test's draft does not interfere.
/// </summary>
public sealed class LiveReconnectTests(BrowserSession browser, WerkstattServer server, ITestOutputHelper output) : IClassFixture<WerkstattServer>
{
    private const string Typed = "Offlineantrag"; // one word: bpmn-js wraps labels into tspans
    private const string AfterReload = "Nachreichung";
    private const string Dropped = "Verbindung unterbrochen";

    [Fact]
    public async Task Edits_made_while_the_connection_is_down_reach_the_participant_and_the_draft_also_across_a_reload()
    {
        await using var facilitatorContext = await browser.NewContextAsync(server, WerkstattServer.Coordinator);
        await using var participantContext = await browser.NewContextAsync(server, WerkstattServer.ManagerBeispielburg);
        var sockets = new List<IWebSocketRoute>();
        await facilitatorContext.RouteWebSocketAsync("**/hubs/soll**", ws =>
        {
            lock (sockets)
            {
                sockets.Add(ws);
            }

            ws.ConnectToServer();
        });

        var facilitator = await facilitatorContext.NewPageAsync();
        var participant = await participantContext.NewPageAsync();
        var errors = new List<string>();
        facilitator.PageError += (_, e) => errors.Add(e);
        participant.PageError += (_, e) => errors.Add(e);
        var url = (await MainPages.UrlAsync(facilitator, server, MainPages.Comparison)).Replace("/Vergleich/", "/Soll/", StringComparison.Ordinal);
        var api = url.Replace("/Werkstaetten/", "/api/v1/werkstaetten/", StringComparison.Ordinal).Replace("/Soll/", "/processes/", StringComparison.Ordinal) + "/soll";
        await facilitator.GotoAsync(url);
        await Assertions.Expect(facilitator.Locator("#soll-status")).ToContainTextAsync("Live");
        await participant.GotoAsync(url);
        await Assertions.Expect(participant.Locator("#soll-status")).ToContainTextAsync("Live");
        await facilitator.GetByLabel("Ausgangspunkt").SelectOptionAsync(new SelectOptionValue { Label = "leere Zeichnung" });
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Laden", Exact = true }).ClickAsync();
        await Assertions.Expect(participant.Locator("#soll-canvas .djs-shape:not([data-element-id$='_label'])")).ToHaveCountAsync(1);

        // The connection drops: the socket closes under the page, and the browser is offline, so reconnects fail.
        await DropAsync(facilitatorContext, sockets);
        await Assertions.Expect(facilitator.Locator("#soll-status")).ToContainTextAsync(Dropped);

        // The facilitator keeps drawing and typing.
        var task = await facilitator.EvaluateAsync<string>(
            "() => { const b = window.werkstattSoll.bpmn, root = b.get('canvas').getRootElement();" +
            " const shape = b.get('modeling').createShape({ type: 'bpmn:Task' }, { x: 360, y: 178 }, root);" +
            " b.get('directEditing').activate(shape); return shape.id; }");
        await Assertions.Expect(facilitator.Locator(".djs-direct-editing-parent")).ToBeVisibleAsync();
        await facilitator.Keyboard.TypeAsync(Typed);
        await facilitator.EvaluateAsync("() => window.werkstattSoll.bpmn.get('directEditing').complete()");
        await facilitator.WaitForFunctionAsync(
            "([key, name]) => { const s = JSON.parse(localStorage.getItem(key) || 'null'); return !!s && s.unsent && s.xml.includes(name); }",
            new[] { StoreKey(url), Typed });
        Assert.Equal(0, await participant.Locator("#soll-canvas .djs-element text", new() { HasText = Typed }).CountAsync());
        Assert.DoesNotContain(Typed, await DraftXmlAsync(participant, api), StringComparison.Ordinal);

        // Back online: the automatic reconnect sends what waited.
        await facilitatorContext.SetOfflineAsync(false);
        await Assertions.Expect(participant.Locator("#soll-canvas .djs-element text", new() { HasText = Typed })).ToBeVisibleAsync(new() { Timeout = 20_000 });
        Assert.Contains(Typed, await DraftXmlAsync(participant, api), StringComparison.Ordinal);
        await facilitator.WaitForFunctionAsync("key => JSON.parse(localStorage.getItem(key)).unsent === false", StoreKey(url));

        // A second drop; this time the facilitator reloads the page while offline (which fails) and comes back later.
        await DropAsync(facilitatorContext, sockets);
        await Assertions.Expect(facilitator.Locator("#soll-status")).ToContainTextAsync(Dropped);
        await facilitator.EvaluateAsync(
            "name => { const b = window.werkstattSoll.bpmn, m = b.get('modeling');" +
            " m.updateLabel(b.get('elementRegistry').get('" + task + "'), name); }", AfterReload);
        await facilitator.WaitForFunctionAsync(
            "([key, name]) => { const s = JSON.parse(localStorage.getItem(key) || 'null'); return !!s && s.unsent && s.xml.includes(name); }",
            new[] { StoreKey(url), AfterReload });
        await Assert.ThrowsAnyAsync<PlaywrightException>(() => facilitator.ReloadAsync());
        await facilitatorContext.SetOfflineAsync(false);
        await facilitator.GotoAsync(url);

        await Assertions.Expect(participant.Locator("#soll-canvas .djs-element text", new() { HasText = AfterReload })).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(facilitator.Locator("#soll-canvas .djs-element text", new() { HasText = AfterReload })).ToBeVisibleAsync();
        Assert.Contains(AfterReload, await DraftXmlAsync(participant, api), StringComparison.Ordinal);
        output.WriteLine($"{sockets.Count} hub connections of the facilitator (initial, after the first reconnect, after the reload)");
        Assert.True(errors.Count == 0, "script errors: " + string.Join(" | ", errors));
    }

    private static string StoreKey(string url)
    {
        var parts = url.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries)[^4..]; // Werkstaetten/{id}/Soll/{process}
        return $"werkstatt.soll.{parts[1]}.{parts[3]}";
    }

    private static async Task DropAsync(IBrowserContext context, List<IWebSocketRoute> sockets)
    {
        await context.SetOfflineAsync(true);
        IWebSocketRoute[] open;
        lock (sockets)
        {
            open = [.. sockets];
        }

        foreach (var socket in open)
        {
            await socket.CloseAsync(new() { Code = 4000, Reason = "Netz weg" });
        }
    }

    private static async Task<string> DraftXmlAsync(IPage page, string api)
    {
        var response = await page.APIRequest.GetAsync(api + "/draft");
        return response.Status == 204 ? string.Empty : JsonNode.Parse(await response.TextAsync())!["xml"]!.GetValue<string>();
    }
}
