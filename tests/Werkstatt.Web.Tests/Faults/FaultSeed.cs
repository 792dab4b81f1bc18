using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Calendar;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Staffing;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Persistence;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Web.Tests.Faults;

/// <summary>
/// Werkstätten for the fault tests in the demo network, built through the domain at the past times each step would
/// have happened (as the demo does): one open for claims, and fresh ones in the quality review for dossier builds.
/// </summary>
public static class FaultSeed
{
    public const int Processes = 8;
    public const int ModellersPerProcess = 2;
    public const int Capacity = 2;

    /// <summary>Assignment open: eight processes needing two modellers each, every member has declared a capacity of two.</summary>
    public static async Task<(Guid Werkstatt, IReadOnlyList<Guid> Processes)> AssignmentAsync(WerkstattDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (network, members) = await DemoNetworkAsync(db);
        var now = DateTimeOffset.UtcNow;
        var firstDay = WorkingDays.NextWorkingDay(network.FederalState, BerlinTime.DateOf(now).AddDays(-network.Template.AssignmentConfirmedDays + 21));
        var schedule = Schedule.FromTemplate(network.Template, firstDay);
        var (t0, t1) = (now - TimeSpan.FromDays(3), now - TimeSpan.FromDays(1));
        var w = WerkstattAggregate.Plan(network.Id, "Prozesswerkstatt Ausfalltest", schedule, Venue.Online("https://meet.example/ausfall"), t0);
        w.MoveTo(Phase.TopicCollection, t0, "Test");
        var topic = Topic.Propose(w.Id, w.Phase, false, members[0].Id, false, "Test", "Ausfallthema", "Beschreibung", "Warum jetzt", t0);
        w.MoveTo(Phase.Voting, t0, "Test");
        var ballot = Ballot.For(w.Id, members[0].Id);
        ballot.Cast(members[0].Id, new Dictionary<TopicId, int> { [topic.Id] = 2 }, w.Phase, VotingSettings.Default, false, new Dictionary<TopicId, Topic> { [topic.Id] = topic }, t0, "Test");
        var round = VotingRound.For(w.Id);
        round.Close(w.Phase, [topic], [ballot], members.ToDictionary(m => m.Id, m => m.Name), t1, "Test");
        w.MoveTo(Phase.ProcessSelection, t1, "Test", new CycleFacts(true, 0, false));
        var outcome = round.Ranking.First(r => r.TopicId == topic.Id).Outcome;
        var processes = Enumerable.Range(1, Processes).Select(p => Process.Derive(
            w.Id, w.Phase, topic, outcome, $"Ausfallprozess {p}", null, ModellersPerProcess, [MemberLevel.Kreis, MemberLevel.Stadt, MemberLevel.Gemeinde], false, t1)).ToList();
        w.MoveTo(Phase.Assignment, t1, "Test", new CycleFacts(true, processes.Count, false));
        db.AddRange(w, topic, ballot, round);
        processes.ForEach(p => db.Add(p));
        foreach (var member in members)
        {
            var offer = MemberOffer.For(w.Id, member.Id);
            offer.DeclareCapacity(Capacity, w.Phase, false, t1);
            db.Add(offer);
        }

        await db.SaveChangesAsync();
        return (w.Id.Value, processes.Select(p => p.Id.Value).ToList());
    }

    /// <summary>A Werkstatt in the quality review (its workshop two weeks ahead), ready for the coordinator to release the pre-read.</summary>
    public static async Task<Guid> QualityReviewAsync(WerkstattDbContext db, string title)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (network, _) = await DemoNetworkAsync(db);
        var now = DateTimeOffset.UtcNow;
        var schedule = Schedule.FromTemplate(network.Template, WorkingDays.NextWorkingDay(network.FederalState, BerlinTime.DateOf(now).AddDays(14)));
        var w = WerkstattAggregate.Plan(network.Id, title, schedule, Venue.InPerson("Rathaus Musterstadt, Ratssaal\nMarkt 1, 47501 Musterstadt"), schedule.TopicCollectionOpens - TimeSpan.FromDays(7));
        w.MoveTo(Phase.TopicCollection, schedule.TopicCollectionOpens, "Test");
        w.MoveTo(Phase.Voting, schedule.TopicCollectionOpens, "Test");
        w.MoveTo(Phase.ProcessSelection, schedule.VotingCloses, "Test", new CycleFacts(true, 0, false));
        w.MoveTo(Phase.Assignment, schedule.VotingCloses, "Test", new CycleFacts(true, 1, false));
        w.MoveTo(Phase.Modelling, schedule.AssignmentConfirmed, "Test", new CycleFacts(true, 1, true));
        w.MoveTo(Phase.QualityReview, schedule.ModelsDue, "Test", new CycleFacts(true, 1, true));
        db.Add(w);
        await db.SaveChangesAsync();
        return w.Id.Value;
    }

    private static async Task<(Network Network, List<Member> Members)> DemoNetworkAsync(WerkstattDbContext db)
    {
        var network = await db.Networks.SingleAsync();
        var members = await db.Members.Where(m => m.NetworkId == network.Id).ToListAsync();
        return (network, members.OrderBy(m => m.Name, StringComparer.Ordinal).ToList());
    }
}
