using System.Net;
using System.Text.Json.Nodes;
using Werkstatt.Web.Tests.Support;

namespace Werkstatt.Web.Tests.Api;

public sealed class WerkstattApiTests(WerkstattWebFactory factory) : IClassFixture<WerkstattWebFactory>
{
    [Fact]
    public async Task Coordinator_creates_a_werkstatt_and_moves_it_from_draft_to_topic_collection()
    {
        var client = await factory.LoginAsync(WerkstattWebFactory.Coordinator);
        var networkId = (await client.GetJsonAsync("/api/v1/me"))["networkId"]!.GetValue<Guid>();

        var created = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/networks/{networkId}/werkstaetten", new
        {
            title = "Prozesswerkstatt Standesamt",
            firstDay = "2027-09-14",
            days = 2,
            format = "Online",
            meetingUrl = "https://teams.example/standesamt",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var werkstatt = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        Assert.Equal("Draft", werkstatt["phase"]!.GetValue<string>());
        Assert.Equal("Entwurf", werkstatt["phaseName"]!.GetValue<string>());
        Assert.Equal("2027-07-06T21:59:00+00:00", werkstatt["schedule"]!["votingCloses"]!.GetValue<string>());
        var id = werkstatt["id"]!.GetValue<Guid>();

        var moved = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/werkstaetten/{id}/phase", new { target = "TopicCollection", version = 0 });

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var after = await client.GetJsonAsync($"/api/v1/werkstaetten/{id}");
        Assert.Equal("TopicCollection", after["phase"]!.GetValue<string>());
        Assert.Equal(1, after["version"]!.GetValue<int>());
        Assert.Equal("Katrin Koordinatorin", after["history"]![0]!["by"]!.GetValue<string>());
    }

    [Fact]
    public async Task Refused_transition_is_a_409_problem_that_explains_the_rule()
    {
        var client = await factory.LoginAsync(WerkstattWebFactory.Coordinator);
        var id = await PlanAsync(client, "2027-11-09");

        var response = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/werkstaetten/{id}/phase", new { target = "Modelling", version = 0 });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.Equal("PhasesFollowTheCycleInOrder", problem["code"]!.GetValue<string>());
        Assert.Contains("nur weiter zur Phase „Themensammlung“", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dates_out_of_order_get_a_400_with_the_field_and_change_nothing()
    {
        var client = await factory.LoginAsync(WerkstattWebFactory.Coordinator);
        var id = await PlanAsync(client, "2028-02-08");
        var before = await client.GetJsonAsync($"/api/v1/werkstaetten/{id}");
        var schedule = before["schedule"]!.DeepClone().AsObject();
        schedule["modelsDue"] = schedule["preReadOut"]!.DeepClone();

        var response = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/werkstaetten/{id}", new
        {
            title = "Geändert",
            schedule,
            format = "InPerson",
            address = "Rathaus",
            version = 0,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.NotNull(problem["errors"]!["reviewDue"]);
        var after = await client.GetJsonAsync($"/api/v1/werkstaetten/{id}");
        Assert.Equal(before.ToJsonString(), after.ToJsonString());
    }

    [Fact]
    public async Task Stale_version_gets_409_with_a_german_message_and_changes_nothing()
    {
        var client = await factory.LoginAsync(WerkstattWebFactory.Coordinator);
        var id = await PlanAsync(client, "2028-05-09");
        Assert.Equal(HttpStatusCode.OK, (await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/werkstaetten/{id}/phase", new { target = "TopicCollection", version = 0 })).StatusCode);

        var stale = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/werkstaetten/{id}/cancel", new { reason = "Raum fehlt", version = 0 });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("inzwischen von jemand anderem geändert", (await stale.ProblemAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("TopicCollection", (await client.GetJsonAsync($"/api/v1/werkstaetten/{id}"))["phase"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_change_without_version_is_refused()
    {
        var client = await factory.LoginAsync(WerkstattWebFactory.Coordinator);
        var id = await PlanAsync(client, "2028-08-08");
        var response = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/werkstaetten/{id}/phase", new { target = "TopicCollection" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Draft", (await client.GetJsonAsync($"/api/v1/werkstaetten/{id}"))["phase"]!.GetValue<string>());
    }

    [Fact]
    public async Task Cancelling_needs_a_reason_and_then_closes_the_werkstatt()
    {
        var client = await factory.LoginAsync(WerkstattWebFactory.Coordinator);
        var id = await PlanAsync(client, "2028-11-07");

        var empty = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/werkstaetten/{id}/cancel", new { reason = "  ", version = 0 });
        var cancelled = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/werkstaetten/{id}/cancel", new { reason = "Zu wenige Themen", version = 0 });
        var afterwards = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/werkstaetten/{id}/phase", new { target = "TopicCollection", version = 1 });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, afterwards.StatusCode);
        Assert.Contains("abgesagt", (await afterwards.ProblemAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static async Task<Guid> PlanAsync(HttpClient client, string firstDay)
    {
        var networkId = (await client.GetJsonAsync("/api/v1/me"))["networkId"]!.GetValue<Guid>();
        var created = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/networks/{networkId}/werkstaetten", new { firstDay, format = "InPerson", address = "Rathaus Musterstadt" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
    }
}
