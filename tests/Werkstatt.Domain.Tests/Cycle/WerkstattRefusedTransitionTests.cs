using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Cycle.Rules;
using Werkstatt.Domain.Tests.Support;
using static Werkstatt.Domain.Tests.Support.RuleAssert;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Domain.Tests.Cycle;

public class WerkstattRefusedTransitionTests
{
    /// <summary>Every (from, to) pair of the sequence that is not the next step: skips, repeats and steps back.</summary>
    public static TheoryData<Phase, Phase> OutOfOrderSteps()
    {
        var data = new TheoryData<Phase, Phase>();
        var open = Phases.Sequence.Where(p => p != Phase.Published).ToList();
        foreach (var from in open)
        {
            foreach (var to in Phases.Sequence)
            {
                if (to != from.Next())
                {
                    data.Add(from, to);
                }
            }
        }

        return data;
    }

    public static TheoryData<Phase> OpenPhases() => new(Phases.Sequence.Where(p => p != Phase.Published));

    public static TheoryData<Phase, Phase> ClosedPhasesAndTargets()
    {
        var data = new TheoryData<Phase, Phase>();
        foreach (var closed in new[] { Phase.Published, Phase.Cancelled })
        {
            foreach (var to in Enum.GetValues<Phase>())
            {
                data.Add(closed, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OutOfOrderSteps))]
    public void A_Werkstatt_cannot_skip_repeat_or_go_back_a_phase(Phase from, Phase to)
    {
        var werkstatt = Werkstaetten.In(from);
        var at = Werkstaetten.GoodTimeToEnter(from.Next()!.Value);

        var violation = AssertWithoutEffect<PhasesFollowTheCycleInOrderRule>(werkstatt, () => werkstatt.MoveTo(to, at));

        Assert.Contains($"„{from.Next()!.Value.GermanName()}“", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Phase.Draft, Phase.Voting)]
    [InlineData(Phase.PreRead, Phase.FollowUp)]
    [InlineData(Phase.Draft, Phase.Published)]
    public void Skipping_a_phase_is_refused_with_a_German_message_naming_the_expected_phase(Phase from, Phase to)
    {
        var werkstatt = Werkstaetten.In(from);

        var violation = AssertBrokenRule<PhasesFollowTheCycleInOrderRule>(() => werkstatt.MoveTo(to, Werkstaetten.GoodTimeToEnter(to)));

        Assert.Equal(
            $"Aus der Phase „{from.GermanName()}“ geht es nur weiter zur Phase „{from.Next()!.Value.GermanName()}“, nicht zu „{to.GermanName()}“.",
            violation.Message);
    }

    [Fact]
    public void Going_back_from_Voting_to_TopicCollection_is_refused()
    {
        var werkstatt = Werkstaetten.In(Phase.Voting);

        AssertWithoutEffect<PhasesFollowTheCycleInOrderRule>(werkstatt, () => werkstatt.MoveTo(Phase.TopicCollection, Werkstaetten.GoodTimeToEnter(Phase.Voting)));
    }

    [Theory]
    [MemberData(nameof(OpenPhases))]
    public void Moving_to_Cancelled_through_MoveTo_is_refused(Phase from)
    {
        var werkstatt = Werkstaetten.In(from);

        AssertWithoutEffect<PhasesFollowTheCycleInOrderRule>(werkstatt, () => werkstatt.MoveTo(Phase.Cancelled, Werkstaetten.PlannedAt));

        Assert.Null(werkstatt.CancellationReason);
    }

    [Theory]
    [MemberData(nameof(ClosedPhasesAndTargets))]
    public void A_published_or_cancelled_Werkstatt_cannot_move(Phase closed, Phase to)
    {
        var werkstatt = Werkstaetten.In(closed);

        var violation = AssertWithoutEffect<WerkstattMustNotBeClosedRule>(werkstatt, () => werkstatt.MoveTo(to, Werkstaetten.GoodTimeToEnter(Phase.Published)));

        Assert.Contains(closed == Phase.Published ? "veröffentlicht" : "abgesagt", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Phase.Published)]
    [InlineData(Phase.Cancelled)]
    public void Advance_on_a_closed_Werkstatt_is_refused(Phase closed)
    {
        var werkstatt = Werkstaetten.In(closed);

        AssertWithoutEffect<WerkstattMustNotBeClosedRule>(werkstatt, () => werkstatt.Advance(Werkstaetten.GoodTimeToEnter(Phase.Published)));
    }

    [Theory]
    [InlineData(Phase.Published)]
    [InlineData(Phase.Cancelled)]
    public void A_closed_Werkstatt_cannot_be_renamed(Phase closed)
    {
        var werkstatt = Werkstaetten.In(closed);

        AssertBrokenRule<WerkstattMustNotBeClosedRule>(() => werkstatt.Rename("Neuer Titel"));
        Assert.Equal("Prozesswerkstatt Q1/2027", werkstatt.Title);
    }

    private static DomainRuleViolation AssertWithoutEffect<TRule>(WerkstattAggregate werkstatt, Action action)
        where TRule : IBusinessRule
    {
        var phase = werkstatt.Phase;
        var history = werkstatt.History.Count;
        var events = werkstatt.DomainEvents.Count;

        var violation = AssertBrokenRule<TRule>(action);

        Assert.Equal(phase, werkstatt.Phase);
        Assert.Equal(history, werkstatt.History.Count);
        Assert.Equal(events, werkstatt.DomainEvents.Count);
        return violation;
    }
}
