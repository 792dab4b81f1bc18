using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Web.Tests.Support;

namespace Werkstatt.Web.Tests.Api;

/// <summary>A process manager of one member can never act for another member or another network, through any endpoint.</summary>
public sealed class MemberAuthorizationTests(WerkstattWebFactory factory) : IClassFixture<WerkstattWebFactory>
{
    // Endpoints that are not about a network's or member's resources: everyone logged in may use them.
    private static readonly HashSet<string> NotMemberScoped =
    [
        "POST /api/v1/auth/login", "POST /api/v1/auth/logout", "GET /api/v1/me", "GET /api/v1/holidays", "GET /api/v1/networks/",
    ];

    [Fact]
    public async Task Process_manager_gets_403_on_every_endpoint_for_another_member_or_network_and_nothing_changes()
    {
        var coordinator = await factory.LoginAsync(WerkstattWebFactory.Coordinator);
        var manager = await factory.LoginAsync(WerkstattWebFactory.ManagerMusterstadt);
        var me = await manager.GetJsonAsync("/api/v1/me");
        var networkId = me["networkId"]!.GetValue<Guid>();
        var ownMemberId = me["memberId"]!.GetValue<Guid>();
        var members = (await coordinator.GetJsonAsync($"/api/v1/networks/{networkId}/members")).AsArray();
        var other = members.First(m => m!["name"]!.GetValue<string>() == "Stadt Beispielburg")!;
        var otherId = other["id"]!.GetValue<Guid>();
        var otherPerson = (await coordinator.GetJsonAsync($"/api/v1/networks/{networkId}/people?memberId={otherId}")).AsArray()[0]!;
        var werkstatt = (await coordinator.GetJsonAsync($"/api/v1/networks/{networkId}/werkstaetten")).AsArray().First(w => w!["phase"]!.GetValue<string>() == "TopicCollection")!;
        var werkstattId = werkstatt["id"]!.GetValue<Guid>();
        var werkstattFull = await coordinator.GetJsonAsync($"/api/v1/werkstaetten/{werkstattId}");
        var admin = await factory.LoginAsync(WerkstattWebFactory.Admin);
        var created = await admin.SendJsonAsync(HttpMethod.Post, "/api/v1/networks", new { name = "Netzwerk Nachbarkreis", federalState = "Hessen" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var foreignNetworkId = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
        var foreignWerkstattId = await FirstWerkstattOfAsync(admin, foreignNetworkId);
        var topicId = await CycleApi.ProposeAsync(coordinator, werkstattId, "Thema der Koordination");
        var (cycleId, cycleTopicId) = await CycleApi.InProcessSelectionAsync(coordinator, manager, "Werkstatt für die Rechteprüfung");
        var processId = await CycleApi.DeriveAsync(coordinator, cycleId, cycleTopicId, "Prozess der Rechteprüfung", 1, ["Stadt"]);
        var cycle = $"/api/v1/werkstaetten/{cycleId}";
        var otherOfCycle = $"{cycle}/members/{otherId}";
        var registered = await coordinator.SendJsonAsync(HttpMethod.Post, $"/api/v1/werkstaetten/{werkstattId}/participants", new { personId = otherPerson["id"]!.GetValue<Guid>(), role = "ProcessManager" });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var otherParticipant = JsonNode.Parse(await registered.Content.ReadAsStringAsync())!;
        var snapshot = await SnapshotAsync(coordinator, networkId, otherId, werkstattId);
        var ownEntryId = (await coordinator.GetJsonAsync("/api/v1/library")).AsArray()[0]!["id"]!.GetValue<Guid>();
        var (foreignEntryId, foreignSha) = await ForeignLibraryEntryAsync(foreignNetworkId);
        var foreignEntry = $"/api/v1/library/{foreignEntryId}";

        var attempts = new (string Route, HttpMethod Method, string Url, object? Body)[]
        {
            ("PUT /api/v1/members/{id:guid}", HttpMethod.Put, $"/api/v1/members/{otherId}", new { name = "Übernommen", level = "Stadt", population = 1, staffCount = 1, version = other["version"]!.GetValue<int>() }),
            ("POST /api/v1/networks/{networkId:guid}/members/", HttpMethod.Post, $"/api/v1/networks/{networkId}/members", new { name = "Neue Gemeinde", level = "Gemeinde", population = 1, staffCount = 1 }),
            ("GET /api/v1/networks/{networkId:guid}/members/", HttpMethod.Get, $"/api/v1/networks/{foreignNetworkId}/members", null),
            ("GET /api/v1/members/{id:guid}", HttpMethod.Get, $"/api/v1/members/{await FirstMemberOfAsync(admin, foreignNetworkId, coordinator)}", null),
            ("POST /api/v1/networks/{networkId:guid}/people/", HttpMethod.Post, $"/api/v1/networks/{networkId}/people", new { memberId = otherId, name = "Fremd", email = "fremd@beispielburg.example" }),
            ("PUT /api/v1/people/{id:guid}", HttpMethod.Put, $"/api/v1/people/{otherPerson["id"]}", new { memberId = otherId, name = "Umbenannt", email = otherPerson["email"]!.GetValue<string>(), version = otherPerson["version"]!.GetValue<int>() }),
            ("GET /api/v1/networks/{networkId:guid}/people/", HttpMethod.Get, $"/api/v1/networks/{foreignNetworkId}/people", null),
            ("GET /api/v1/people/{id:guid}", HttpMethod.Get, $"/api/v1/people/{await FirstPersonOfAsync(admin, foreignNetworkId)}", null),
            ("GET /api/v1/networks/{id:guid}", HttpMethod.Get, $"/api/v1/networks/{foreignNetworkId}", null),
            ("GET /api/v1/networks/{networkId:guid}/overview", HttpMethod.Get, $"/api/v1/networks/{foreignNetworkId}/overview", null),
            ("PUT /api/v1/networks/{id:guid}", HttpMethod.Put, $"/api/v1/networks/{networkId}", new { name = "Gekapert", federalState = "Berlin", version = 0 }),
            ("POST /api/v1/networks/", HttpMethod.Post, "/api/v1/networks", new { name = "Eigenes Netz", federalState = "Berlin" }),
            ("GET /api/v1/networks/{networkId:guid}/werkstaetten/", HttpMethod.Get, $"/api/v1/networks/{foreignNetworkId}/werkstaetten", null),
            ("POST /api/v1/networks/{networkId:guid}/werkstaetten/", HttpMethod.Post, $"/api/v1/networks/{networkId}/werkstaetten", new { firstDay = "2027-09-14", format = "InPerson", address = "Rathaus" }),
            ("POST /api/v1/networks/{networkId:guid}/werkstaetten/plan-year", HttpMethod.Post, $"/api/v1/networks/{networkId}/werkstaetten/plan-year", new { year = 2028, format = "InPerson", address = "Rathaus" }),
            ("GET /api/v1/werkstaetten/{id:guid}", HttpMethod.Get, $"/api/v1/werkstaetten/{await FirstWerkstattOfAsync(admin, foreignNetworkId)}", null),
            ("PUT /api/v1/werkstaetten/{id:guid}", HttpMethod.Put, $"/api/v1/werkstaetten/{werkstattId}", new { title = "Gekapert", schedule = werkstattFull["schedule"], format = "InPerson", address = "Keller", version = werkstattFull["version"]!.GetValue<int>() }),
            ("POST /api/v1/werkstaetten/{id:guid}/phase", HttpMethod.Post, $"/api/v1/werkstaetten/{werkstattId}/phase", new { target = "Voting", version = werkstattFull["version"]!.GetValue<int>() }),
            ("POST /api/v1/werkstaetten/{id:guid}/cancel", HttpMethod.Post, $"/api/v1/werkstaetten/{werkstattId}/cancel", new { reason = "Sabotage", version = werkstattFull["version"]!.GetValue<int>() }),
            ("GET /api/v1/werkstaetten/{id:guid}/topics/", HttpMethod.Get, $"/api/v1/werkstaetten/{foreignWerkstattId}/topics", null),
            ("POST /api/v1/werkstaetten/{id:guid}/topics/", HttpMethod.Post, $"/api/v1/werkstaetten/{werkstattId}/topics", new { title = "Fremdes Thema", description = "x", whyNow = "y", memberId = otherId }),
            ("POST /api/v1/topics/{id:guid}/merge", HttpMethod.Post, $"/api/v1/topics/{topicId}/merge", new { into = cycleTopicId, version = 0 }),
            ("POST /api/v1/topics/{id:guid}/withdraw", HttpMethod.Post, $"/api/v1/topics/{topicId}/withdraw", new { version = 0 }),
            ("GET /api/v1/werkstaetten/{id:guid}/voting/", HttpMethod.Get, $"/api/v1/werkstaetten/{foreignWerkstattId}/voting", null),
            ("PUT /api/v1/werkstaetten/{id:guid}/voting/settings", HttpMethod.Put, $"/api/v1/werkstaetten/{werkstattId}/voting/settings", new { budget = 9, maxPerTopic = 9, winners = 9, version = 0 }),
            ("POST /api/v1/werkstaetten/{id:guid}/voting/counts", HttpMethod.Post, $"/api/v1/werkstaetten/{werkstattId}/voting/counts", new { visible = true, version = 0 }),
            ("POST /api/v1/werkstaetten/{id:guid}/voting/close", HttpMethod.Post, $"/api/v1/werkstaetten/{werkstattId}/voting/close", new { version = 0 }),
            ("GET /api/v1/werkstaetten/{id:guid}/voting/result", HttpMethod.Get, $"/api/v1/werkstaetten/{foreignWerkstattId}/voting/result", null),
            ("GET /api/v1/werkstaetten/{id:guid}/members/{memberId:guid}/ballot/", HttpMethod.Get, $"/api/v1/werkstaetten/{werkstattId}/members/{otherId}/ballot", null),
            ("GET /api/v1/werkstaetten/{id:guid}/dossier/", HttpMethod.Get, $"/api/v1/werkstaetten/{foreignWerkstattId}/dossier", null),
            ("POST /api/v1/werkstaetten/{id:guid}/dossier/release", HttpMethod.Post, $"/api/v1/werkstaetten/{werkstattId}/dossier/release", null),
            ("GET /api/v1/werkstaetten/{id:guid}/dossier/pdf", HttpMethod.Get, $"/api/v1/werkstaetten/{foreignWerkstattId}/dossier/pdf", null),
            ("PUT /api/v1/werkstaetten/{id:guid}/members/{memberId:guid}/ballot/", HttpMethod.Put, $"/api/v1/werkstaetten/{werkstattId}/members/{otherId}/ballot", new { dots = new[] { new { topicId, dots = 1 } }, version = 0 }),
            ("GET /api/v1/werkstaetten/{id:guid}/processes/", HttpMethod.Get, $"/api/v1/werkstaetten/{foreignWerkstattId}/processes", null),
            ("POST /api/v1/werkstaetten/{id:guid}/processes/", HttpMethod.Post, $"{cycle}/processes", new { topicId = cycleTopicId, name = "Eigenmächtig", modellersNeeded = 1, levels = new[] { "Stadt" }, crossesLevels = false }),
            ("PUT /api/v1/processes/{id:guid}", HttpMethod.Put, $"/api/v1/processes/{processId}", new { name = "Umbenannt", modellersNeeded = 2, levels = new[] { "Stadt" }, crossesLevels = false, version = 0 }),
            ("GET /api/v1/werkstaetten/{id:guid}/members/{memberId:guid}/offer", HttpMethod.Get, $"{otherOfCycle}/offer", null),
            ("PUT /api/v1/werkstaetten/{id:guid}/members/{memberId:guid}/capacity", HttpMethod.Put, $"{otherOfCycle}/capacity", new { capacity = 5, version = 0 }),
            ("PUT /api/v1/werkstaetten/{id:guid}/members/{memberId:guid}/bids", HttpMethod.Put, $"{otherOfCycle}/bids", new { bids = new[] { new { processId, bid = "NotApplicable" } }, version = 0 }),
            ("POST /api/v1/werkstaetten/{id:guid}/members/{memberId:guid}/claims", HttpMethod.Post, $"{otherOfCycle}/claims", new { processId, version = 0 }),
            ("POST /api/v1/werkstaetten/{id:guid}/members/{memberId:guid}/claims/{processId:guid}/release", HttpMethod.Post, $"{otherOfCycle}/claims/{processId}/release", new { version = 0 }),
            ("GET /api/v1/werkstaetten/{id:guid}/assignment/", HttpMethod.Get, $"{cycle}/assignment", null),
            ("POST /api/v1/werkstaetten/{id:guid}/assignment/solve", HttpMethod.Post, $"{cycle}/assignment/solve", new { version = 0 }),
            ("POST /api/v1/werkstaetten/{id:guid}/assignment/override", HttpMethod.Post, $"{cycle}/assignment/override", new { processId, memberId = ownMemberId, assign = true, confirmViolation = true, version = 0 }),
            ("GET /api/v1/werkstaetten/{id:guid}/participants", HttpMethod.Get, $"/api/v1/werkstaetten/{foreignWerkstattId}/participants", null),
            ("POST /api/v1/werkstaetten/{id:guid}/participants", HttpMethod.Post, $"/api/v1/werkstaetten/{werkstattId}/participants", new { personId = otherPerson["id"]!.GetValue<Guid>(), role = "Expert" }),
            ("POST /api/v1/werkstaetten/{id:guid}/invitations", HttpMethod.Post, $"/api/v1/werkstaetten/{werkstattId}/invitations", null),
            ("GET /api/v1/werkstaetten/{id:guid}/invitations/delivery", HttpMethod.Get, $"/api/v1/werkstaetten/{foreignWerkstattId}/invitations/delivery", null),
            ("PUT /api/v1/werkstaetten/{id:guid}/invitations/delivery", HttpMethod.Put, $"/api/v1/werkstaetten/{werkstattId}/invitations/delivery", new { delivery = "Email", teamsMeeting = false, version = 0 }),
            ("POST /api/v1/werkstaetten/{id:guid}/invitations/retry", HttpMethod.Post, $"/api/v1/werkstaetten/{werkstattId}/invitations/retry", null),
            ("DELETE /api/v1/participants/{id:guid}", HttpMethod.Delete, $"/api/v1/participants/{otherParticipant["id"]}?version={otherParticipant["version"]}", null),
            ("POST /api/v1/werkstaetten/{id:guid}/assignment/confirm", HttpMethod.Post, $"{cycle}/assignment/confirm", new { version = 0 }),
            ("GET /api/v1/members/{memberId:guid}/register/", HttpMethod.Get, $"/api/v1/members/{otherId}/register", null),
            ("POST /api/v1/members/{memberId:guid}/register/", HttpMethod.Post, $"/api/v1/members/{otherId}/register", new { }),
            ("GET /api/v1/members/{memberId:guid}/register/export", HttpMethod.Get, $"/api/v1/members/{otherId}/register/export?format=csv", null),
            ("POST /api/v1/members/{memberId:guid}/register/import", HttpMethod.Post, $"/api/v1/members/{otherId}/register/import?version=0", new { }),
            ("GET /api/v1/networks/{networkId:guid}/registers/", HttpMethod.Get, $"/api/v1/networks/{foreignNetworkId}/registers", null),
            ("GET /api/v1/werkstaetten/{id:guid}/submissions/", HttpMethod.Get, $"/api/v1/werkstaetten/{foreignWerkstattId}/submissions", null),
            ("GET /api/v1/werkstaetten/{id:guid}/submissions/{processId:guid}/{memberId:guid}", HttpMethod.Get, $"{cycle}/submissions/{processId}/{otherId}", null),
            ("GET /api/v1/werkstaetten/{id:guid}/submissions/{processId:guid}/{memberId:guid}/profile", HttpMethod.Get, $"{cycle}/submissions/{processId}/{otherId}/profile", null),
            ("PUT /api/v1/werkstaetten/{id:guid}/submissions/{processId:guid}/{memberId:guid}/profile", HttpMethod.Put, $"{cycle}/submissions/{processId}/{otherId}/profile", new { name = "Übernommen", version = 0 }),
            ("POST /api/v1/werkstaetten/{id:guid}/submissions/{processId:guid}/{memberId:guid}/versions", HttpMethod.Post, $"{cycle}/submissions/{processId}/{otherId}/versions?version=0", new ByteArrayContent(Werkstatt.Service.Demo.DemoModels.Read(Werkstatt.Service.Demo.DemoModels.Gewerbe)) { Headers = { ContentType = new("application/xml") } }),
            ("GET /api/v1/werkstaetten/{id:guid}/submissions/{processId:guid}/{memberId:guid}/versions/{number:int}/file", HttpMethod.Get, $"{cycle}/submissions/{processId}/{otherId}/versions/1/file", null),
            ("POST /api/v1/werkstaetten/{id:guid}/submissions/{processId:guid}/{memberId:guid}/review/start", HttpMethod.Post, $"{cycle}/submissions/{processId}/{otherId}/review/start", new { version = 0 }),
            ("POST /api/v1/werkstaetten/{id:guid}/submissions/{processId:guid}/{memberId:guid}/review/rework", HttpMethod.Post, $"{cycle}/submissions/{processId}/{otherId}/review/rework", new { comments = new[] { new { text = "Alles neu" } }, deadline = "2030-01-01T00:00:00Z", version = 0 }),
            ("POST /api/v1/werkstaetten/{id:guid}/submissions/{processId:guid}/{memberId:guid}/review/approve", HttpMethod.Post, $"{cycle}/submissions/{processId}/{otherId}/review/approve", new { version = 0 }),
            ("POST /api/v1/werkstaetten/{id:guid}/submissions/{processId:guid}/{memberId:guid}/review/excuse", HttpMethod.Post, $"{cycle}/submissions/{processId}/{otherId}/review/excuse", new { reason = "Keine Zeit", version = 0 }),
            ("GET /api/v1/werkstaetten/{id:guid}/comparison/{processId:guid}", HttpMethod.Get, $"/api/v1/werkstaetten/{foreignWerkstattId}/comparison/{processId}", null),
            ("GET /api/v1/networks/{networkId:guid}/conventions/", HttpMethod.Get, $"/api/v1/networks/{foreignNetworkId}/conventions", null),
            ("PUT /api/v1/networks/{networkId:guid}/conventions/", HttpMethod.Put, $"/api/v1/networks/{networkId}/conventions", new { rules = new[] { new { ruleId = "label-required", enabled = false, level = "Hint" } }, version = 0 }),
            ("GET /api/v1/library/", HttpMethod.Get, $"/api/v1/library?networkId={foreignNetworkId}&q=Antrag", null),
            ("GET /api/v1/library/{id:guid}", HttpMethod.Get, foreignEntry, null),
            ("POST /api/v1/library/{id:guid}/reuse", HttpMethod.Post, $"/api/v1/library/{ownEntryId}/reuse", new { memberId = otherId, version = 0 }),
            ("GET /api/v1/library/{id:guid}/files/{sha256}", HttpMethod.Get, $"{foreignEntry}/files/{foreignSha}", null),
            ("GET /api/v1/library/{id:guid}/versions/{number:int}/profile.pdf", HttpMethod.Get, $"{foreignEntry}/versions/1/profile.pdf", null),
            ("GET /api/v1/library/{id:guid}/package", HttpMethod.Get, $"{foreignEntry}/package", null),
            ("GET /api/v1/werkstaetten/{id:guid}/processes/{processId:guid}/soll/", HttpMethod.Get, $"/api/v1/werkstaetten/{foreignWerkstattId}/processes/{processId}/soll", null),
            ("GET /api/v1/werkstaetten/{id:guid}/processes/{processId:guid}/soll/versions/{number:int}", HttpMethod.Get, $"/api/v1/werkstaetten/{foreignWerkstattId}/processes/{processId}/soll/versions/1", null),
            ("POST /api/v1/werkstaetten/{id:guid}/processes/{processId:guid}/soll/versions", HttpMethod.Post, $"{cycle}/processes/{processId}/soll/versions?version=0", new ByteArrayContent(Werkstatt.Service.Demo.DemoModels.Read(Werkstatt.Service.Demo.DemoModels.Gewerbe)) { Headers = { ContentType = new("application/xml") } }),
            ("GET /api/v1/werkstaetten/{id:guid}/processes/{processId:guid}/soll/draft", HttpMethod.Get, $"/api/v1/werkstaetten/{foreignWerkstattId}/processes/{processId}/soll/draft", null),
            ("GET /api/v1/werkstaetten/{id:guid}/processes/{processId:guid}/soll/asis/{memberId:guid}", HttpMethod.Get, $"/api/v1/werkstaetten/{foreignWerkstattId}/processes/{processId}/soll/asis/{otherId}", null),
            ("POST /api/v1/werkstaetten/{id:guid}/processes/{processId:guid}/soll/comments", HttpMethod.Post, $"/api/v1/werkstaetten/{foreignWerkstattId}/processes/{processId}/soll/comments", new { elementId = "Task_1", text = "Fremder Kommentar" }),
            ("GET /api/v1/library/werkstaetten/{id:guid}/package", HttpMethod.Get, $"/api/v1/library/werkstaetten/{foreignWerkstattId}/package", null),
            ("GET /api/v1/werkstaetten/{id:guid}/agenda", HttpMethod.Get, $"/api/v1/werkstaetten/{foreignWerkstattId}/agenda", null),
            ("PUT /api/v1/werkstaetten/{id:guid}/agenda/{day:int}", HttpMethod.Put, $"/api/v1/werkstaetten/{werkstattId}/agenda/1", new { items = new[] { new { kind = "Break", start = "10:00", durationMinutes = 15 } }, version = 0 }),
            ("POST /api/v1/werkstaetten/{id:guid}/agenda/{day:int}/move", HttpMethod.Post, $"/api/v1/werkstaetten/{werkstattId}/agenda/1/move", new { position = 0, up = false, version = 0 }),
            ("PUT /api/v1/werkstaetten/{id:guid}/capacity", HttpMethod.Put, $"/api/v1/werkstaetten/{werkstattId}/capacity", new { capacity = 1, version = 0 }),
            ("GET /api/v1/werkstaetten/{id:guid}/attendance", HttpMethod.Get, $"/api/v1/werkstaetten/{foreignWerkstattId}/attendance", null),
            ("PUT /api/v1/werkstaetten/{id:guid}/attendance", HttpMethod.Put, $"/api/v1/werkstaetten/{werkstattId}/attendance", new { day = 1, personId = otherPerson["id"]!.GetValue<Guid>(), present = true, version = 0 }),
            ("GET /api/v1/werkstaetten/{id:guid}/processes/{processId:guid}/room/", HttpMethod.Get, $"/api/v1/werkstaetten/{foreignWerkstattId}/processes/{processId}/room", null),
            ("POST /api/v1/werkstaetten/{id:guid}/processes/{processId:guid}/room/notes", HttpMethod.Post, $"{cycle}/processes/{processId}/room/notes", new { kind = "Decision", text = "Fremde Entscheidung" }),
            ("PUT /api/v1/werkstaetten/{id:guid}/processes/{processId:guid}/room/notes/{noteId:guid}", HttpMethod.Put, $"{cycle}/processes/{processId}/room/notes/{Guid.NewGuid()}", new { kind = "Idea", text = "Geändert", version = 0 }),
            ("DELETE /api/v1/werkstaetten/{id:guid}/processes/{processId:guid}/room/notes/{noteId:guid}", HttpMethod.Delete, $"{cycle}/processes/{processId}/room/notes/{Guid.NewGuid()}?version=0", null),
            ("POST /api/v1/werkstaetten/{id:guid}/processes/{processId:guid}/room/action-items", HttpMethod.Post, $"{cycle}/processes/{processId}/room/action-items", new { text = "Fremde Maßnahme", owner = otherId, due = "2027-12-01" }),
            ("PUT /api/v1/werkstaetten/{id:guid}/processes/{processId:guid}/room/action-items/{itemId:guid}", HttpMethod.Put, $"{cycle}/processes/{processId}/room/action-items/{Guid.NewGuid()}", new { text = "Geändert", owner = otherId, due = "2027-12-01", version = 0 }),
            ("POST /api/v1/werkstaetten/{id:guid}/processes/{processId:guid}/room/action-items/{itemId:guid}/done", HttpMethod.Post, $"/api/v1/werkstaetten/{foreignWerkstattId}/processes/{processId}/room/action-items/{Guid.NewGuid()}/done", new { done = true, version = 0 }),
            ("DELETE /api/v1/werkstaetten/{id:guid}/processes/{processId:guid}/room/action-items/{itemId:guid}", HttpMethod.Delete, $"{cycle}/processes/{processId}/room/action-items/{Guid.NewGuid()}?version=0", null),
        };

        foreach (var (route, method, url, body) in attempts)
        {
            var response = body is null or HttpContent
                ? await manager.SendAsync(new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = body as HttpContent })
                : await manager.SendJsonAsync(method, url, body);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{route} as a process manager of another member: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        Assert.Equal(snapshot, await SnapshotAsync(coordinator, networkId, otherId, werkstattId));

        // Every member-scoped endpoint the app has is in the list above.
        var covered = attempts.Select(a => a.Route).ToHashSet();
        var missing = ApiRoutes().Where(r => !covered.Contains(r) && !NotMemberScoped.Contains(r)).ToList();
        Assert.True(missing.Count == 0, "Endpoints without a per-member authorization check in this test: " + string.Join(", ", missing));

        // And the same process manager may act for their own member.
        var ownMember = await manager.GetJsonAsync($"/api/v1/members/{ownMemberId}");
        var own = await manager.SendJsonAsync(HttpMethod.Put, $"/api/v1/members/{ownMemberId}", new { name = ownMember["name"]!.GetValue<string>(), level = "Stadt", population = 58_500, staffCount = 615, version = ownMember["version"]!.GetValue<int>() });
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var expert = await manager.SendJsonAsync(HttpMethod.Post, $"/api/v1/networks/{networkId}/people", new { memberId = ownMemberId, name = "Erika Expertin", email = "erika@stadt-musterstadt.example", function = "Standesamt", role = "Expert", password = "ein-langes-passwort-1" });
        Assert.Equal(HttpStatusCode.Created, expert.StatusCode);
    }

    /// <summary>An entry in the other network's library, through the onboarding import (the library has no API to create entries).</summary>
    private async Task<(Guid Entry, string Sha)> ForeignLibraryEntryAsync(Guid networkId)
    {
        var folder = Directory.CreateTempSubdirectory("library-foreign-").FullName;
        var content = Werkstatt.Service.Library.Samples.SampleBpmn.Linear("Antrag im Nachbarkreis", "Antrag da", ["Antrag prüfen"], "Erledigt");
        await File.WriteAllBytesAsync(Path.Combine(folder, "nachbar.bpmn"), content);
        using var scope = factory.Services.CreateScope();
        var network = new Werkstatt.Domain.Network.NetworkId(networkId);
        var imported = await scope.ServiceProvider.GetRequiredService<Werkstatt.Service.Library.LibraryOnboarding>().ImportFolderAsync(Werkstatt.Service.Common.Actor.System, network, folder);
        Directory.Delete(folder, recursive: true);
        Assert.Single(imported.Value!.Imported);
        var hits = await scope.ServiceProvider.GetRequiredService<Werkstatt.Service.Library.LibraryService>()
            .SearchAsync(Werkstatt.Service.Common.Actor.System, network, new Werkstatt.Service.Library.LibraryQuery("Nachbarkreis"));
        return (hits.Value!.Single().Id, Werkstatt.Service.Library.LibraryBpmn.Sha256(content));
    }

    private IEnumerable<string> ApiRoutes() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Distinct();

    private static async Task<string> SnapshotAsync(HttpClient coordinator, Guid networkId, Guid otherMemberId, Guid werkstattId) =>
        (await coordinator.GetJsonAsync($"/api/v1/networks/{networkId}")).ToJsonString()
        + (await coordinator.GetJsonAsync($"/api/v1/werkstaetten/{werkstattId}/topics")).ToJsonString()
        + (await coordinator.GetJsonAsync($"/api/v1/werkstaetten/{werkstattId}/voting")).ToJsonString()
        + (await coordinator.GetJsonAsync($"/api/v1/networks/{networkId}/members")).ToJsonString()
        + (await coordinator.GetJsonAsync($"/api/v1/networks/{networkId}/people?memberId={otherMemberId}")).ToJsonString()
        + (await coordinator.GetJsonAsync($"/api/v1/networks/{networkId}/werkstaetten")).ToJsonString()
        + (await coordinator.GetJsonAsync($"/api/v1/werkstaetten/{werkstattId}")).ToJsonString()
        + (await coordinator.GetJsonAsync($"/api/v1/members/{otherMemberId}/register")).ToJsonString()
        + (await coordinator.GetJsonAsync($"/api/v1/werkstaetten/{werkstattId}/participants")).ToJsonString();

    private static async Task<Guid> FirstMemberOfAsync(HttpClient admin, Guid networkId, HttpClient _)
    {
        var response = await admin.SendJsonAsync(HttpMethod.Post, $"/api/v1/networks/{networkId}/members", new { name = "Stadt Nachbar", level = "Stadt", population = 20_000, staffCount = 200 });
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
    }

    private static async Task<Guid> FirstPersonOfAsync(HttpClient admin, Guid networkId)
    {
        var response = await admin.SendJsonAsync(HttpMethod.Post, $"/api/v1/networks/{networkId}/people", new { name = "Nachbar Koordination", email = "koordination@nachbar.example" });
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
    }

    private static async Task<Guid> FirstWerkstattOfAsync(HttpClient admin, Guid networkId)
    {
        var response = await admin.SendJsonAsync(HttpMethod.Post, $"/api/v1/networks/{networkId}/werkstaetten", new { firstDay = "2027-10-12", format = "InPerson", address = "Kreishaus" });
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
    }
}
