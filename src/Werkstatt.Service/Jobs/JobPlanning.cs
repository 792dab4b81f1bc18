using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Persistence;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Jobs;

/// <summary>
/// For seeders and imports. A Werkstatt saved through the context plans its jobs by itself (its events write a re-plan
/// request in the same transaction); <see cref="RequestPlanAsync"/> is for Werkstätten written some other way.
/// </summary>
public sealed class JobPlanning(WerkstattDbContext db, TimeProvider time, ReplanSignal signal)
{
    /// <summary>Asks the scheduler to plan the jobs of these Werkstätten again (saved at once).</summary>
    public async Task RequestPlanAsync(IEnumerable<WerkstattId> werkstaetten, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(werkstaetten);
        foreach (var id in werkstaetten.Distinct())
        {
            db.Set<JobReplanRequest>().Add(new JobReplanRequest { WerkstattId = id.Value, RequestedAt = time.GetUtcNow() });
        }

        await db.SaveChangesAsync(cancellationToken);
        signal.Pulse();
    }

    /// <summary>
    /// A Werkstatt already in Voting whose voting closes <paramref name="votingClosesIn"/> after <paramref name="now"/>
    /// (the demo: two minutes after the first start, so the reminders go out at once and the voting closes by itself).
    /// The later dates keep the network template's spacing.
    /// </summary>
    public static WerkstattAggregate InVoting(Network network, string title, Venue venue, DateTimeOffset now, TimeSpan votingClosesIn)
    {
        ArgumentNullException.ThrowIfNull(network);
        var template = network.Template;
        var closes = now + votingClosesIn;
        var firstDay = BerlinTime.DateOf(closes).AddDays(-template.VotingClosesDays);
        DateTimeOffset At(int offset) => BerlinTime.ToUtc(firstDay.AddDays(offset), template.DeadlineTime);
        var secondDay = template.WorkshopDays == 2 ? firstDay.AddDays(1) : (DateOnly?)null;
        var schedule = Schedule.Create(
            now.AddDays(-14), closes, At(template.AssignmentConfirmedDays), At(template.ModelsDueDays), At(template.ReviewDueDays), At(template.PreReadOutDays),
            BerlinTime.ToUtc(firstDay, template.WorkshopStartTime), BerlinTime.ToUtc(firstDay, template.WorkshopEndTime),
            secondDay is { } d2 ? BerlinTime.ToUtc(d2, template.WorkshopStartTime) : null,
            secondDay is { } d3 ? BerlinTime.ToUtc(d3, template.WorkshopEndTime) : null,
            At(template.FollowUpDueDays));
        var werkstatt = WerkstattAggregate.Plan(network.Id, title, schedule, venue, now);
        werkstatt.MoveTo(Phase.TopicCollection, now, "Demo");
        werkstatt.MoveTo(Phase.Voting, now, "Demo");
        return werkstatt;
    }
}
