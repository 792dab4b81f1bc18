using System.Security.Cryptography;
using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Calendar;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Review;
using Werkstatt.Domain.Staffing;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Bpmn.Import;
using Werkstatt.Service.Submissions;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Demo;

/// <summary>
/// The demo's quality review: a Werkstatt two weeks before its workshop, in the QA phase, with "Wohnsitz anmelden"
/// modelled by two towns (one approved, one asked for rework) and "Gewerbe anmelden" waiting for the reviewer.
/// Built through the domain with the past times at which each step would have happened.
/// </summary>
internal static class DemoReview
{
    public static WerkstattAggregate Plan(Network network, IReadOnlyList<Member> members, DateTimeOffset now, Action<object> add)
    {
        var firstDay = WorkingDays.NextWorkingDay(network.FederalState, BerlinTime.DateOf(now).AddDays(14));
        var schedule = Schedule.FromTemplate(network.Template, firstDay);
        var w = WerkstattAggregate.Plan(network.Id, "Prozesswerkstatt Bürgerdienste", schedule, Venue.InPerson("Rathaus Musterstadt, Ratssaal\nMarkt 1, 47501 Musterstadt"), schedule.TopicCollectionOpens - TimeSpan.FromDays(7));
        var t0 = schedule.TopicCollectionOpens;
        w.MoveTo(Phase.TopicCollection, t0, "Demo");
        var (musterstadt, beispielburg, neuhafen) = (members.First(m => m.Name == "Stadt Musterstadt"), members.First(m => m.Name == "Stadt Beispielburg"), members.First(m => m.Name == "Stadt Neuhafen am Rhein"));
        var melde = Topic.Propose(w.Id, w.Phase, false, musterstadt.Id, false, "Prozessmanagement Stadt Musterstadt", "Meldewesen", "An-, Um- und Abmeldung des Wohnsitzes.", "Viele Termine, lange Wartezeiten.", t0);
        var gewerbe = Topic.Propose(w.Id, w.Phase, false, neuhafen.Id, false, "Prozessmanagement Stadt Neuhafen am Rhein", "Gewerbe", "Gewerbeanzeigen bis zur Weitergabe an Kammern und Finanzamt.", "Der Onlinedienst kommt; die Abläufe dahinter nicht.", t0);
        w.MoveTo(Phase.Voting, t0, "Demo");
        var ballots = new List<Ballot>();
        foreach (var member in new[] { musterstadt, beispielburg, neuhafen })
        {
            var ballot = Ballot.For(w.Id, member.Id);
            ballot.Cast(member.Id, new Dictionary<TopicId, int> { [melde.Id] = 2, [gewerbe.Id] = 1 }, w.Phase, VotingSettings.Default, false, new Dictionary<TopicId, Topic> { [melde.Id] = melde, [gewerbe.Id] = gewerbe }, t0, $"Prozessmanagement {member.Name}");
            ballots.Add(ballot);
        }

        var t1 = schedule.VotingCloses;
        var round = VotingRound.For(w.Id);
        round.Close(w.Phase, [melde, gewerbe], ballots, members.ToDictionary(m => m.Id, m => m.Name), t1, "Demo");
        w.MoveTo(Phase.ProcessSelection, t1, "Demo", new CycleFacts(true, 0, false));
        var wohnsitz = Process.Derive(w.Id, w.Phase, melde, round.Ranking.First(r => r.TopicId == melde.Id).Outcome, "Wohnsitz anmelden", "99115001000000", 2, [MemberLevel.Stadt], false, t1);
        var gewerbeAnmelden = Process.Derive(w.Id, w.Phase, gewerbe, round.Ranking.First(r => r.TopicId == gewerbe.Id).Outcome, "Gewerbe anmelden", null, 1, [MemberLevel.Stadt], false, t1);
        w.MoveTo(Phase.Assignment, t1, "Demo", new CycleFacts(true, 2, false));

        var t2 = schedule.AssignmentConfirmed;
        var plan = StaffingPlan.For(w.Id);
        var solution = new AssignmentSolution(
            [
                new SolvedAssignment("wohnsitz", "musterstadt", AssignmentSource.Claim, "Meldung"),
                new SolvedAssignment("wohnsitz", "beispielburg", AssignmentSource.Solver, "Wunsch"),
                new SolvedAssignment("gewerbe", "neuhafen", AssignmentSource.Solver, "Wunsch"),
            ],
            [],
            new AssignmentObjective(3, 2, 0, 0));
        plan.Propose(solution, new Dictionary<string, ProcessId> { ["wohnsitz"] = wohnsitz.Id, ["gewerbe"] = gewerbeAnmelden.Id }, new Dictionary<string, MemberId> { ["musterstadt"] = musterstadt.Id, ["beispielburg"] = beispielburg.Id, ["neuhafen"] = neuhafen.Id }, w.Phase, t2, "Demo");
        plan.Confirm([], w.Phase, t2, "Demo");
        w.MoveTo(Phase.Modelling, t2, "Demo", new CycleFacts(true, 2, true));

        var t3 = schedule.ModelsDue - TimeSpan.FromDays(2);
        var a = Submission.For(w.Id, wohnsitz.Id, musterstadt.Id);
        Upload(a, DemoModels.WohnsitzV1, t3, "Prozessmanagement Stadt Musterstadt", add);
        a.SaveProfile(ProcessProfile.Create("Wohnsitz anmelden", "99115001000000", "Umzug in die Stadt", "Meldebestätigung", "Bürgerin / Bürger\nBürgerbüro", "OK.EWO\nTerminvergabe", 6200, "20 Minuten", "Meldeschein auf Papier\nAusdruck der Meldebestätigung", DigitisationDegree.Partly, "§ 17 Bundesmeldegesetz", null), w.Phase, t3, "Prozessmanagement Stadt Musterstadt");
        var b = Submission.For(w.Id, wohnsitz.Id, beispielburg.Id);
        Upload(b, DemoModels.WohnsitzStadtB, t3, "Prozessmanagement Stadt Beispielburg", add);
        b.SaveProfile(ProcessProfile.Create("Wohnsitz anmelden", "99115001000000", "Umzug in die Stadt", "Meldebestätigung", "Bürgerin / Bürger\nEinwohnermeldeamt\nStadtkasse", "OK.EWO\nePayBL", 3900, "25 Minuten", "Meldeschein auf Papier", DigitisationDegree.Mostly, "§ 17 Bundesmeldegesetz", "Gebühr wird online bezahlt."), w.Phase, t3, "Prozessmanagement Stadt Beispielburg");
        var c = Submission.For(w.Id, gewerbeAnmelden.Id, neuhafen.Id);
        Upload(c, DemoModels.Gewerbe, t3, "Prozessmanagement Stadt Neuhafen am Rhein", add);

        w.MoveTo(Phase.QualityReview, schedule.ModelsDue, "Demo", new CycleFacts(true, 2, true, 3));
        var reviewer = "Quirin Qualität";
        var t4 = now - TimeSpan.FromDays(1);
        b.Approve("Gut lesbar; Bezahlung online ist ein Vorbild für die Werkstatt.", w.Phase, t4, reviewer);
        a.StartReview(w.Phase, t4, reviewer);
        a.RequestRework(
            [new ReworkRequest("Bitte prüfen: Wird der Termin wirklich von der Bürgerin gebucht oder vom Bürgerbüro vergeben?", "Termin"), new ReworkRequest("Die Gebühr fehlt im Ablauf.", null)],
            now + TimeSpan.FromDays(5), w.Phase, t4, reviewer);
        foreach (var entity in new object[] { melde, gewerbe, round, wohnsitz, gewerbeAnmelden, plan, a, b, c })
        {
            add(entity);
        }

        foreach (var ballot in ballots)
        {
            add(ballot);
        }

        return w;
    }

    private static void Upload(Submission submission, string model, DateTimeOffset at, string by, Action<object> add)
    {
        var bytes = DemoModels.Read(model);
        var import = BpmnImporter.Import(bytes);
        if (!import.Succeeded)
        {
            throw new InvalidOperationException($"Demo model {model}: {import.Refusal.Message}");
        }

        var version = submission.Upload(ModelKind.AsIs, new UploadedFile(model, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)), import.Model.Elements.Count, import.Model.HasDiagram, import.Problems.Count), Phase.Modelling, at, by);
        add(new SubmissionFile(submission.Id, version.Number, bytes));
    }
}
