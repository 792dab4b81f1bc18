using System.Net;
using System.Text.Json.Nodes;
using Werkstatt.Web.Tests.Support;

namespace Werkstatt.Web.Tests.Api;

/// <summary>The whole way through the API for the demo network: propose, vote, close, derive, capacity, bid, claim, solve, override, confirm.</summary>
public sealed class VotingAndAssignmentApiTests(WerkstattWebFactory factory) : IClassFixture<WerkstattWebFactory>
{
    private static readonly string[] StadtOnly = ["Stadt"];

    [Fact]
    public async Task Demo_network_goes_from_topics_to_a_confirmed_assignment()
    {
        var coordinator = await factory.LoginAsync(WerkstattWebFactory.Coordinator);
        var muster = await factory.LoginAsync(WerkstattWebFactory.ManagerMusterstadt);
        var beispiel = await factory.LoginAsync(WerkstattWebFactory.ManagerBeispielburg);
        var kreis = await factory.LoginAsync(CycleApi.ManagerKreis);
        var networkId = await CycleApi.NetworkIdAsync(coordinator);
        var demo = (await coordinator.GetJsonAsync($"/api/v1/networks/{networkId}/werkstaetten")).AsArray().First(w => w!["phase"]!.GetValue<string>() == "TopicCollection")!;
        var id = demo["id"]!.GetValue<Guid>();
        var (musterId, beispielId, kreisId) = (await MemberAsync(muster), await MemberAsync(beispiel), await MemberAsync(kreis));

        // Propose (process managers for their member, the coordinator for the network), then vote.
        var melde = await CycleApi.ProposeAsync(muster, id, "Meldebescheinigung");
        var gewerbe = await CycleApi.ProposeAsync(beispiel, id, "Gewerbeanmeldung");
        var fundsachen = await CycleApi.ProposeAsync(coordinator, id, "Fundsachen");
        var topics = (await muster.GetJsonAsync($"/api/v1/werkstaetten/{id}/topics")).AsArray();
        Assert.Equal("Stadt Musterstadt", topics.First(t => t!["id"]!.GetValue<Guid>() == melde)!["proposedFor"]!.GetValue<string>());
        await CycleApi.MoveAsync(coordinator, id, "Voting");

        var ballot = await muster.GetJsonAsync($"/api/v1/werkstaetten/{id}/members/{musterId}/ballot");
        Assert.Equal(3, ballot["dotsLeft"]!.GetValue<int>());
        var tooMany = await muster.SendJsonAsync(HttpMethod.Put, $"/api/v1/werkstaetten/{id}/members/{musterId}/ballot", new { dots = new[] { new { topicId = melde, dots = 3 } }, version = 0 });
        Assert.Equal(HttpStatusCode.Conflict, tooMany.StatusCode);
        var problem = await tooMany.ProblemAsync();
        Assert.Equal("DotsPerTopicMustNotExceedTheLimit", problem["code"]!.GetValue<string>());
        Assert.Contains("höchstens 2 Punkte pro Thema", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        ballot = await Cast(muster, id, musterId, 0, (melde, 2), (gewerbe, 1));
        Assert.Equal(0, ballot["dotsLeft"]!.GetValue<int>());
        await Cast(beispiel, id, beispielId, 0, (gewerbe, 2));
        await Cast(kreis, id, kreisId, 0, (melde, 1));
        Assert.Null((await muster.GetJsonAsync($"/api/v1/werkstaetten/{id}/voting"))["topics"]![0]!["votes"]);
        Assert.Equal(10, (await coordinator.GetJsonAsync($"/api/v1/werkstaetten/{id}/voting"))["notVoted"]!.AsArray().Count);

        // Close: ranked, immutable, shows who voted for what.
        var result = await CycleApi.CloseVotingAsync(coordinator, id);
        Assert.Equal(["Gewerbeanmeldung", "Meldebescheinigung", "Fundsachen"], result["ranking"]!.AsArray().Select(r => r!["title"]!.GetValue<string>()));
        Assert.Equal(["Selected", "Selected", "NotSelected"], result["ranking"]!.AsArray().Select(r => r!["outcome"]!.GetValue<string>()));
        Assert.Equal(4, result["votes"]!.AsArray().Count);
        var late = await Send(beispiel, HttpMethod.Put, $"/api/v1/werkstaetten/{id}/members/{beispielId}/ballot", new { dots = new[] { new { topicId = fundsachen, dots = 1 } }, version = 1 });
        Assert.Equal("VotesCannotChangeAfterTheClose", (await late.ProblemAsync())["code"]!.GetValue<string>());

        // Derive processes in process selection.
        await CycleApi.MoveAsync(coordinator, id, "ProcessSelection");
        var notWon = await Send(coordinator, HttpMethod.Post, $"/api/v1/werkstaetten/{id}/processes", new { topicId = fundsachen, name = "Fundsache melden", modellersNeeded = 1, levels = StadtOnly });
        Assert.Equal("ProcessesComeFromWinningTopics", (await notWon.ProblemAsync())["code"]!.GetValue<string>());
        var meldeProcess = await CycleApi.DeriveAsync(coordinator, id, melde, "Meldebescheinigung ausstellen", 2, ["Kreis", "Stadt"], crossesLevels: true, leikaKey: "99115005000000");
        var gewerbeProcess = await CycleApi.DeriveAsync(coordinator, id, gewerbe, "Gewerbe anmelden", 1, ["Stadt", "Gemeinde"]);
        await CycleApi.MoveAsync(coordinator, id, "Assignment");

        // Capacity, bids, claims.
        var offer = await Offer(muster, id, musterId, "capacity", new { capacity = 1, version = 0 });
        offer = await Offer(muster, id, musterId, "bids", new { bids = new[] { new { processId = meldeProcess, bid = "Want" } }, version = offer["version"]!.GetValue<int>() });
        offer = await CycleApi.OkAsync(await muster.SendJsonAsync(HttpMethod.Post, $"/api/v1/werkstaetten/{id}/members/{musterId}/claims", new { processId = meldeProcess, version = offer["version"]!.GetValue<int>() }));
        Assert.True(offer["processes"]!.AsArray().First(p => p!["processId"]!.GetValue<Guid>() == meldeProcess)!["claimed"]!.GetValue<bool>());
        var full = await Send(muster, HttpMethod.Post, $"/api/v1/werkstaetten/{id}/members/{musterId}/claims", new { processId = gewerbeProcess, version = offer["version"]!.GetValue<int>() });
        Assert.Equal("ClaimsMustNotExceedCapacity", (await full.ProblemAsync())["code"]!.GetValue<string>());
        await Offer(kreis, id, kreisId, "capacity", new { capacity = 1, version = 0 });
        var b = await Offer(beispiel, id, beispielId, "capacity", new { capacity = 2, version = 0 });
        await Offer(beispiel, id, beispielId, "bids", new { bids = new[] { new { processId = gewerbeProcess, bid = "Want" }, new { processId = meldeProcess, bid = "NotApplicable" } }, version = b["version"]!.GetValue<int>() });

        // Solve, override (a violation needs confirmation), confirm.
        var board = await Board(coordinator, id, "solve", new { version = 0 });
        var cells = board["cells"]!.AsArray();
        Assert.Contains(cells, c => Cell(c, meldeProcess, musterId) && c!["source"]!.GetValue<string>() == "Claim");
        Assert.Contains(cells, c => Cell(c, gewerbeProcess, beispielId) && c!["source"]!.GetValue<string>() == "Solver");
        Assert.Contains(cells, c => c!["processId"]!.GetValue<Guid>() == meldeProcess && c["source"]!.GetValue<string>() == "Solver");
        var version = board["version"]!.GetValue<int>();
        var refused = await Send(coordinator, HttpMethod.Post, $"/api/v1/werkstaetten/{id}/assignment/override", new { processId = meldeProcess, memberId = beispielId, assign = true, confirmViolation = false, version });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("„betrifft uns nicht“", (await refused.ProblemAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        board = await Board(coordinator, id, "override", new { processId = meldeProcess, memberId = beispielId, assign = true, confirmViolation = true, version });
        Assert.NotNull(Assert.Single(board["overrides"]!.AsArray())!["violations"]);
        board = await Board(coordinator, id, "confirm", new { version = board["version"]!.GetValue<int>() });
        Assert.True(board["confirmed"]!.GetValue<bool>());
        await CycleApi.MoveAsync(coordinator, id, "Modelling");
        Assert.True((await muster.GetJsonAsync($"/api/v1/werkstaetten/{id}/members/{musterId}/offer"))["processes"]!.AsArray()
            .First(p => p!["processId"]!.GetValue<Guid>() == meldeProcess)!["assigned"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Changes_without_a_version_are_refused()
    {
        var coordinator = await factory.LoginAsync(WerkstattWebFactory.Coordinator);
        var id = await CycleApi.PlanAsync(coordinator, "Ohne Version", 30);

        var response = await Send(coordinator, HttpMethod.Post, $"/api/v1/werkstaetten/{id}/voting/close", new { });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Validation", (await response.ProblemAsync())["code"]!.GetValue<string>());
    }

    private static bool Cell(JsonNode? cell, Guid process, Guid member) =>
        cell!["processId"]!.GetValue<Guid>() == process && cell["memberId"]!.GetValue<Guid>() == member;

    private static async Task<Guid> MemberAsync(HttpClient client) => (await client.GetJsonAsync("/api/v1/me"))["memberId"]!.GetValue<Guid>();

    private static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string url, object body) => client.SendJsonAsync(method, url, body);

    private static async Task<JsonNode> Cast(HttpClient client, Guid werkstatt, Guid member, int version, params (Guid Topic, int Dots)[] dots) =>
        await CycleApi.OkAsync(await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/werkstaetten/{werkstatt}/members/{member}/ballot", new { dots = dots.Select(d => new { topicId = d.Topic, dots = d.Dots }), version }));

    private static async Task<JsonNode> Offer(HttpClient client, Guid werkstatt, Guid member, string what, object body) =>
        await CycleApi.OkAsync(await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/werkstaetten/{werkstatt}/members/{member}/{what}", body));

    private static async Task<JsonNode> Board(HttpClient client, Guid werkstatt, string action, object body) =>
        await CycleApi.OkAsync(await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/werkstaetten/{werkstatt}/assignment/{action}", body));
}
