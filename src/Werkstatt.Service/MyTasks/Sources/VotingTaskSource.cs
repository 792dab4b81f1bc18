using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Progress;

namespace Werkstatt.Service.MyTasks.Sources;

/// <summary>
/// Topic collection and voting: a member's process manager proposes topics and votes; the coordination opens the vote
/// once there are topics and closes it when its deadline has passed (if the deadline job has not done so already).
/// </summary>
public sealed class VotingTaskSource(CycleProgressReader progress) : IMyTaskSource
{
    public async Task<IReadOnlyList<MyTask>> TasksAsync(MyTaskContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tasks = new List<MyTask>();
        foreach (var w in context.In(Phase.TopicCollection))
        {
            if (context.ManagedMember is { } member && await progress.TopicCountOfAsync(w.Id, member, cancellationToken) == 0)
            {
                tasks.Add(new MyTask(
                    "Themen vorschlagen",
                    "Das Netzwerk sammelt Themen für diese Werkstatt; Ihre Verwaltung hat noch keines vorgeschlagen. Die Sammlung endet, wenn die Koordination die Abstimmung eröffnet.",
                    null, WerkstattLinks.Topics(w.Id), MyTaskKinds.ProposeTopics, w.Id, w.Title));
            }

            if (context.Coordinates && await progress.OpenTopicCountAsync(w.Id, cancellationToken) is > 0 and var topics)
            {
                tasks.Add(new MyTask(
                    "Abstimmung eröffnen",
                    $"{Plural.Of(topics, "Thema ist", "Themen sind")} vorgeschlagen. Die Abstimmung muss vor ihrem Ende am {BerlinTime.FormatDateTime(w.Schedule.VotingCloses)} eröffnet sein.",
                    w.Schedule.VotingCloses, WerkstattLinks.Details(w.Id), MyTaskKinds.OpenVoting, w.Id, w.Title));
            }
        }

        foreach (var w in context.In(Phase.Voting))
        {
            var (closed, voted) = await progress.VotingAsync(w.Id, cancellationToken);
            if (closed)
            {
                continue;
            }

            if (context.ManagedMember is { } member && !voted.Contains(member))
            {
                tasks.Add(new MyTask(
                    "Abstimmen",
                    "Ihre Verwaltung hat noch nicht abgestimmt. Verteilen Sie die Punkte Ihrer Verwaltung auf die Themen.",
                    w.Schedule.VotingCloses, WerkstattLinks.Voting(w.Id), MyTaskKinds.Vote, w.Id, w.Title, MyTaskPriority.High));
            }

            if (context.Coordinates && context.Now >= w.Schedule.VotingCloses)
            {
                var missing = await progress.MemberCountAsync(w.NetworkId, cancellationToken) - voted.Count;
                var who = missing > 0 ? $" {Plural.Of(missing, "Verwaltung hat", "Verwaltungen haben")} nicht abgestimmt." : " Alle Verwaltungen haben abgestimmt.";
                tasks.Add(new MyTask(
                    "Abstimmung schließen",
                    "Die Abstimmungsfrist ist abgelaufen; schließen Sie die Abstimmung, damit das Ergebnis feststeht." + who,
                    w.Schedule.VotingCloses, WerkstattLinks.Voting(w.Id), MyTaskKinds.CloseVoting, w.Id, w.Title, MyTaskPriority.High));
            }
        }

        return tasks;
    }
}
