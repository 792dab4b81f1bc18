using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Domain.Tests.Support;

/// <summary>
/// A winter Werkstatt used by most cycle tests: first day Tuesday 16.02.2027, second day 17.02.2027,
/// 09:00–16:00 Berlin (08:00–15:00 UTC); voting closes 08.12.2026 23:59 Berlin (22:59 UTC).
/// </summary>
public static class Werkstaetten
{
    public static readonly DateOnly FirstDay = new(2027, 2, 16);

    public static readonly DateTimeOffset PlannedAt = Utc.At("2026-11-01T09:00Z");

    public static readonly DateTimeOffset VotingCloses = Utc.At("2026-12-08T22:59Z");

    /// <summary>Voting closed, processes derived, assignment confirmed: the facts that let every step of the cycle pass.</summary>
    public static readonly CycleFacts Done = new(VotingClosed: true, Processes: 3, AssignmentConfirmed: true);

    public static Schedule DefaultSchedule() => Schedule.FromTemplate(ScheduleTemplate.Default, FirstDay);

    public static Venue OnlineVenue() => Venue.Online("https://meet.example.de/werkstatt");

    public static WerkstattAggregate Planned() =>
        WerkstattAggregate.Plan(NetworkId.New(), "Prozesswerkstatt Q1/2027", DefaultSchedule(), OnlineVenue(), PlannedAt);

    /// <summary>A moment at which moving into <paramref name="phase"/> is allowed by the date guards.</summary>
    public static DateTimeOffset GoodTimeToEnter(Phase phase) => phase switch
    {
        Phase.TopicCollection => Utc.At("2026-11-24T08:00Z"),
        Phase.Voting => Utc.At("2026-11-30T08:00Z"),
        Phase.ProcessSelection => Utc.At("2026-12-09T08:00Z"),
        Phase.Assignment => Utc.At("2026-12-10T08:00Z"),
        Phase.Modelling => Utc.At("2026-12-16T08:00Z"),
        Phase.QualityReview => Utc.At("2027-01-13T08:00Z"),
        Phase.PreRead => Utc.At("2027-01-27T08:00Z"),
        Phase.Workshop => Utc.At("2027-02-16T07:30Z"),
        Phase.FollowUp => Utc.At("2027-02-17T15:00Z"),
        Phase.Published => Utc.At("2027-03-10T08:00Z"),
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "Not reached through MoveTo."),
    };

    /// <summary>A planned Werkstatt moved through the cycle up to <paramref name="phase"/>; events and history are kept.</summary>
    public static WerkstattAggregate In(Phase phase)
    {
        var werkstatt = Planned();
        if (phase == Phase.Cancelled)
        {
            werkstatt.Cancel("Zu wenige Anmeldungen", PlannedAt.AddDays(1));
            return werkstatt;
        }

        while (werkstatt.Phase != phase)
        {
            var next = werkstatt.Phase.Next()!.Value;
            werkstatt.MoveTo(next, GoodTimeToEnter(next), "Koordination", Done);
        }

        return werkstatt;
    }
}
