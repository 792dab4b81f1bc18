using System.Security.Cryptography;
using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Review;
using Werkstatt.Domain.Staffing;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Bpmn.Import;
using Werkstatt.Service.Demo;
using Werkstatt.Service.Submissions;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Bench.DossierChanges;

/// <summary>
/// One Werkstatt in quality review like the demo's: two processes, three modelling towns, each with an uploaded model
/// (the demo's BPMN files) and a profile; built through the domain, added to the context (not saved).
/// </summary>
public static class ReleasedWerkstattSeed
{
    public static WerkstattAggregate Add(Network network, IReadOnlyList<Member> towns, int index, DateTimeOffset now, Action<object> add)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(towns);
        ArgumentNullException.ThrowIfNull(add);
        var firstDay = BerlinTime.DateOf(now).AddDays(30 + index);
        var schedule = Schedule.FromTemplate(network.Template, firstDay);
        var w = WerkstattAggregate.Plan(network.Id, $"Bench-Werkstatt {index}", schedule, Venue.InPerson($"Rathaus, Saal {index}"), schedule.TopicCollectionOpens - TimeSpan.FromDays(7));
        var t0 = schedule.TopicCollectionOpens;
        w.MoveTo(Phase.TopicCollection, t0, "Bench");
        var (a, b, c) = (towns[0], towns[1], towns[2]);
        var melde = Topic.Propose(w.Id, w.Phase, false, a.Id, false, "Bench", "Meldewesen", "An- und Abmeldung.", "Wartezeiten.", t0);
        var gewerbe = Topic.Propose(w.Id, w.Phase, false, c.Id, false, "Bench", "Gewerbe", "Gewerbeanzeigen.", "Onlinedienst.", t0);
        w.MoveTo(Phase.Voting, t0, "Bench");
        var ballot = Ballot.For(w.Id, a.Id);
        var topics = new Dictionary<TopicId, Topic> { [melde.Id] = melde, [gewerbe.Id] = gewerbe };
        ballot.Cast(a.Id, new Dictionary<TopicId, int> { [melde.Id] = 2, [gewerbe.Id] = 1 }, w.Phase, VotingSettings.Default, false, topics, t0, "Bench");
        var round = VotingRound.For(w.Id);
        round.Close(w.Phase, [melde, gewerbe], [ballot], towns.ToDictionary(m => m.Id, m => m.Name), schedule.VotingCloses, "Bench");
        w.MoveTo(Phase.ProcessSelection, schedule.VotingCloses, "Bench", new CycleFacts(true, 0, false));
        var wohnsitz = Process.Derive(w.Id, w.Phase, melde, round.Ranking.First(r => r.TopicId == melde.Id).Outcome, "Wohnsitz anmelden", "99115001000000", 2, [MemberLevel.Stadt], false, schedule.VotingCloses);
        var gewerbeAnmelden = Process.Derive(w.Id, w.Phase, gewerbe, round.Ranking.First(r => r.TopicId == gewerbe.Id).Outcome, "Gewerbe anmelden", null, 1, [MemberLevel.Stadt], false, schedule.VotingCloses);
        w.MoveTo(Phase.Assignment, schedule.VotingCloses, "Bench", new CycleFacts(true, 2, false));
        var plan = StaffingPlan.For(w.Id);
        var solution = new AssignmentSolution(
            [new SolvedAssignment("w", "a", AssignmentSource.Claim, "Meldung"), new SolvedAssignment("w", "b", AssignmentSource.Solver, "Wunsch"), new SolvedAssignment("g", "c", AssignmentSource.Solver, "Wunsch")],
            [],
            new AssignmentObjective(3, 2, 0, 0));
        plan.Propose(solution, new Dictionary<string, ProcessId> { ["w"] = wohnsitz.Id, ["g"] = gewerbeAnmelden.Id }, new Dictionary<string, MemberId> { ["a"] = a.Id, ["b"] = b.Id, ["c"] = c.Id }, w.Phase, schedule.AssignmentConfirmed, "Bench");
        plan.Confirm([], w.Phase, schedule.AssignmentConfirmed, "Bench");
        w.MoveTo(Phase.Modelling, schedule.AssignmentConfirmed, "Bench", new CycleFacts(true, 2, true));
        var at = schedule.ModelsDue - TimeSpan.FromDays(2);
        foreach (var (process, member, model) in new[] { (wohnsitz, a, DemoModels.WohnsitzV1), (wohnsitz, b, DemoModels.WohnsitzStadtB), (gewerbeAnmelden, c, DemoModels.Gewerbe) })
        {
            var submission = Submission.For(w.Id, process.Id, member.Id);
            var bytes = DemoModels.Read(model);
            var import = BpmnImporter.Import(bytes);
            var version = submission.Upload(ModelKind.AsIs, new UploadedFile(model, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)), import.Model!.Elements.Count, import.Model.HasDiagram, import.Problems.Count), Phase.Modelling, at, "Bench");
            add(new SubmissionFile(submission.Id, version.Number, bytes));
            submission.SaveProfile(ProcessProfile.Create(process.Name, process.LeikaKey?.Value, "Anlass", "Ergebnis", "Bürgerin / Bürger\nFachamt", "Fachverfahren", 1000 + index, "20 Minuten", null, DigitisationDegree.Partly, "Rechtsgrundlage", null), Phase.Modelling, at, "Bench");
            add(submission);
        }

        w.MoveTo(Phase.QualityReview, schedule.ModelsDue, "Bench", new CycleFacts(true, 2, true, 3));
        foreach (var entity in new object[] { w, melde, gewerbe, ballot, round, wohnsitz, gewerbeAnmelden, plan })
        {
            add(entity);
        }

        return w;
    }
}
