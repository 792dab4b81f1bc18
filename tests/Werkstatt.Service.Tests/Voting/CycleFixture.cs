using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Common;
using Werkstatt.Service.Networks;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Processes;
using Werkstatt.Service.Staffing;
using Werkstatt.Service.Tests.Networks;
using Werkstatt.Service.Voting;
using Werkstatt.Service.Werkstaetten;

namespace Werkstatt.Service.Tests.Voting;

/// <summary>A network with a Kreis and two towns and one Werkstatt, driven through the cycle by the real services.</summary>
public sealed class CycleFixture : IAsyncDisposable
{
    private CycleFixture(NetworkFixture network) => Net = network;

    public NetworkFixture Net { get; }

    public Member Kreis { get; private set; } = null!;

    public WerkstattId WerkstattId { get; private set; }

    public Actor ManagerOfB => new("b", "PM B", Net.Network.Id, Net.StadtB.Id, new HashSet<Role> { Role.ProcessManager });

    public Actor ManagerOfKreis => new("k", "PM Kreis", Net.Network.Id, Kreis.Id, new HashSet<Role> { Role.ProcessManager });

    /// <summary>A second process manager of Stadt A, for two people acting for one member at once.</summary>
    public Actor SecondManagerOfA => new("a2", "PM A zwei", Net.Network.Id, Net.StadtA.Id, new HashSet<Role> { Role.ProcessManager });

    public static async Task<CycleFixture> CreateAsync(string provider = SqliteWerkstattDbContext.Name, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var fixture = new CycleFixture(await NetworkFixture.CreateAsync(provider, settings));
        var f = fixture.Net;
        fixture.Kreis = Ok(await f.Get<MemberService>().CreateAsync(f.Coordinator, f.Network.Id, new MemberInput("Kreis K", MemberLevel.Kreis, 300_000, 1500)));
        var plan = await f.Get<WerkstattService>().PlanAsync(f.Coordinator, new PlanWerkstatt(f.Network.Id, "Werkstatt Test", new DateOnly(2027, 9, 14), 2, WorkshopFormat.Online, "https://meet.example/t", null));
        fixture.WerkstattId = Ok(plan).Werkstatt.Id;
        return fixture;
    }

    public static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    public T Get<T>()
        where T : notnull => Net.Get<T>();

    public async Task MoveToAsync(Phase phase)
    {
        var werkstaetten = Get<WerkstattService>();
        var view = Ok(await werkstaetten.GetAsync(Net.Coordinator, WerkstattId));
        while (view.Werkstatt.Phase != phase)
        {
            view = Ok(await werkstaetten.MoveAsync(Net.Coordinator, WerkstattId, view.NextPhase!.Value, view.Werkstatt.Version));
        }
    }

    public async Task<Topic> ProposeAsync(string title, Actor? by = null) =>
        Ok(await Get<TopicService>().ProposeAsync(by ?? Net.Coordinator, WerkstattId, new ProposeTopic(title, "Beschreibung " + title, "Weil es drängt.")));

    public async Task<BallotView> CastAsync(Actor manager, MemberId member, params (Topic Topic, int Dots)[] dots)
    {
        var voting = Get<VotingService>();
        var ballot = Ok(await voting.GetBallotAsync(manager, WerkstattId, member));
        return Ok(await voting.CastAsync(manager, WerkstattId, member, new CastBallot(dots.ToDictionary(d => d.Topic.Id, d => d.Dots), ballot.Ballot.Version)));
    }

    public async Task<VotingRound> CloseAsync()
    {
        var voting = Get<VotingService>();
        var view = Ok(await voting.GetAsync(Net.Coordinator, WerkstattId));
        return Ok(await voting.CloseAsync(Net.Coordinator, WerkstattId, view.Round.Version));
    }

    /// <summary>Topics proposed, voted, closed; processes derived from the first topic; the Werkstatt in Assignment.</summary>
    public async Task<IReadOnlyList<Process>> ToAssignmentAsync(params (string Name, int Modellers, MemberLevel[] Levels, bool Crosses)[] processes)
    {
        await MoveToAsync(Phase.TopicCollection);
        var topic = await ProposeAsync("Bürgerservice");
        await MoveToAsync(Phase.Voting);
        await CastAsync(Net.ManagerOfA, Net.StadtA.Id, (topic, 2));
        await CloseAsync();
        await MoveToAsync(Phase.ProcessSelection);
        var service = Get<ProcessService>();
        var derived = new List<Process>();
        foreach (var (name, modellers, levels, crosses) in processes)
        {
            derived.Add(Ok(await service.DeriveAsync(Net.Coordinator, WerkstattId, new ProcessInput(topic.Id, name, null, modellers, levels, crosses))));
        }

        await MoveToAsync(Phase.Assignment);
        return derived;
    }

    public async Task<OfferView> DeclareAsync(Actor actor, MemberId member, int capacity, params (Process Process, Bid Bid)[] bids)
    {
        var offers = Get<OfferService>();
        var offer = Ok(await offers.GetAsync(actor, WerkstattId, member));
        offer = Ok(await offers.DeclareCapacityAsync(actor, WerkstattId, member, capacity, offer.Offer.Version));
        return bids.Length == 0
            ? offer
            : Ok(await offers.SetBidsAsync(actor, WerkstattId, member, bids.ToDictionary(b => b.Process.Id, b => b.Bid), offer.Offer.Version));
    }

    public async ValueTask DisposeAsync() => await Net.DisposeAsync();
}
