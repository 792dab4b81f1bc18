using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Cycle.Events;
using Werkstatt.Domain.Cycle.Rules;
using Werkstatt.Domain.Tests.Support;
using static Werkstatt.Domain.Tests.Support.RuleAssert;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Domain.Tests.Cycle;

public class WerkstattCancelTests
{
    private static readonly DateTimeOffset Now = Utc.At("2027-02-01T10:00Z");

    public static TheoryData<Phase> PhasesBeforeTheWorkshop() =>
        new(Phases.Sequence.TakeWhile(p => p != Phase.Workshop));

    [Fact]
    public void Eight_phases_come_before_the_workshop()
    {
        Assert.Equal(8, PhasesBeforeTheWorkshop().Count);
    }

    [Theory]
    [MemberData(nameof(PhasesBeforeTheWorkshop))]
    public void A_Werkstatt_can_be_cancelled_in_every_phase_before_the_workshop(Phase phase)
    {
        var werkstatt = Werkstaetten.In(phase);
        var history = werkstatt.History.Count;
        werkstatt.ClearDomainEvents();

        werkstatt.Cancel("  Referentin erkrankt ", Now, "Anna Koordination");

        Assert.Equal(Phase.Cancelled, werkstatt.Phase);
        Assert.Equal("Referentin erkrankt", werkstatt.CancellationReason);
        Assert.Equal(history + 1, werkstatt.History.Count);
        var entry = werkstatt.History[^1];
        Assert.Equal((phase, Phase.Cancelled, Now, "Anna Koordination", "Referentin erkrankt"), (entry.From, entry.To, entry.At, entry.By, entry.Note));
        Assert.Collection(
            werkstatt.DomainEvents,
            e =>
            {
                var changed = Assert.IsType<WerkstattPhaseChanged>(e);
                Assert.Equal((werkstatt.Id, phase, Phase.Cancelled, Now), (changed.WerkstattId, changed.From, changed.To, changed.OccurredAt));
            },
            e =>
            {
                var cancelled = Assert.IsType<WerkstattCancelled>(e);
                Assert.Equal((werkstatt.Id, phase, "Referentin erkrankt", Now), (cancelled.WerkstattId, cancelled.PreviousPhase, cancelled.Reason, cancelled.OccurredAt));
            });
    }

    [Theory]
    [InlineData(Phase.Workshop)]
    [InlineData(Phase.FollowUp)]
    public void A_Werkstatt_cannot_be_cancelled_once_the_workshop_began(Phase phase)
    {
        var werkstatt = Werkstaetten.In(phase);
        var events = werkstatt.DomainEvents.Count;

        var violation = AssertBrokenRule<WerkstattCannotBeCancelledOnceTheWorkshopBeganRule>(() => werkstatt.Cancel("Zu spät", Now));

        Assert.Equal(phase, werkstatt.Phase);
        Assert.Null(werkstatt.CancellationReason);
        Assert.Equal(events, werkstatt.DomainEvents.Count);
        Assert.Contains($"„{phase.GermanName()}“", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Phase.Published)]
    [InlineData(Phase.Cancelled)]
    public void A_closed_Werkstatt_cannot_be_cancelled(Phase phase)
    {
        var werkstatt = Werkstaetten.In(phase);
        var reason = werkstatt.CancellationReason;

        AssertBrokenRule<WerkstattMustNotBeClosedRule>(() => werkstatt.Cancel("Noch einmal", Now));

        Assert.Equal(phase, werkstatt.Phase);
        Assert.Equal(reason, werkstatt.CancellationReason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Cancelling_needs_a_reason(string? reason)
    {
        var werkstatt = Werkstaetten.In(Phase.Voting);
        var events = werkstatt.DomainEvents.Count;

        var violation = AssertBrokenRule("FieldIsRequired", () => werkstatt.Cancel(reason!, Now));

        Assert.Equal(nameof(WerkstattAggregate.CancellationReason), violation.Field);
        Assert.Equal(Phase.Voting, werkstatt.Phase);
        Assert.Equal(events, werkstatt.DomainEvents.Count);
    }

    [Fact]
    public void A_reason_longer_than_the_maximum_is_refused()
    {
        var werkstatt = Werkstaetten.Planned();

        AssertBrokenRule("FieldIsTooLong", () => werkstatt.Cancel(new string('x', WerkstattAggregate.ReasonMaxLength + 1), Now));

        Assert.Equal(Phase.Draft, werkstatt.Phase);
    }
}
