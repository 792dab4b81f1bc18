using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Cycle.Events;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Tests.Support;
using static Werkstatt.Domain.Tests.Support.RuleAssert;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Domain.Tests.Cycle;

public class WerkstattPlanTests
{
    [Fact]
    public void A_planned_Werkstatt_starts_in_Draft_with_an_empty_history_and_a_WerkstattPlanned_event()
    {
        var networkId = NetworkId.New();
        var schedule = Werkstaetten.DefaultSchedule();

        var werkstatt = WerkstattAggregate.Plan(networkId, "  Prozesswerkstatt Q1/2027 ", schedule, Werkstaetten.OnlineVenue(), Werkstaetten.PlannedAt);

        Assert.Equal(Phase.Draft, werkstatt.Phase);
        Assert.Equal("Prozesswerkstatt Q1/2027", werkstatt.Title);
        Assert.Equal(Werkstaetten.PlannedAt, werkstatt.CreatedAt);
        Assert.Empty(werkstatt.History);
        var planned = Assert.IsType<WerkstattPlanned>(Assert.Single(werkstatt.DomainEvents));
        Assert.Equal(werkstatt.Id, planned.WerkstattId);
        Assert.Equal(networkId, planned.NetworkId);
        Assert.Equal("Prozesswerkstatt Q1/2027", planned.Title);
        Assert.Same(schedule, planned.Schedule);
        Assert.Equal(Werkstaetten.PlannedAt, planned.OccurredAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_Werkstatt_needs_a_title(string title)
    {
        var violation = AssertBrokenRule("FieldIsRequired", () =>
            WerkstattAggregate.Plan(NetworkId.New(), title, Werkstaetten.DefaultSchedule(), Werkstaetten.OnlineVenue(), Werkstaetten.PlannedAt));

        Assert.Equal(nameof(WerkstattAggregate.Title), violation.Field);
    }

    [Fact]
    public void A_title_longer_than_the_maximum_is_refused()
    {
        var title = new string('T', WerkstattAggregate.TitleMaxLength + 1);

        AssertBrokenRule("FieldIsTooLong", () =>
            WerkstattAggregate.Plan(NetworkId.New(), title, Werkstaetten.DefaultSchedule(), Werkstaetten.OnlineVenue(), Werkstaetten.PlannedAt));
    }

    [Fact]
    public void Next_milestone_is_the_first_date_after_now_and_none_once_closed()
    {
        var werkstatt = Werkstaetten.Planned();

        var next = werkstatt.NextMilestone(Werkstaetten.VotingCloses);

        Assert.NotNull(next);
        Assert.Equal(MilestoneKind.AssignmentConfirmed, next.Kind);
        Assert.Equal(Utc.At("2026-12-15T22:59Z"), next.At);

        werkstatt.Cancel("Abgesagt wegen Krankheit", Werkstaetten.PlannedAt);
        Assert.Null(werkstatt.NextMilestone(Werkstaetten.PlannedAt));
    }
}
