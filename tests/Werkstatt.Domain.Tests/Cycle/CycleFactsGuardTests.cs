using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Cycle.Rules;
using Werkstatt.Domain.Tests.Support;
using static Werkstatt.Domain.Tests.Support.RuleAssert;

namespace Werkstatt.Domain.Tests.Cycle;

/// <summary>The guards that depend on voting, process selection and assignment, fed through <see cref="CycleFacts"/>.</summary>
public class CycleFactsGuardTests
{
    [Fact]
    public void Process_selection_needs_the_vote_closed()
    {
        var werkstatt = Werkstaetten.In(Phase.Voting);
        var at = Werkstaetten.GoodTimeToEnter(Phase.ProcessSelection);

        AssertBrokenRule<VotingMustBeClosedBeforeProcessSelectionRule>(() => werkstatt.MoveTo(Phase.ProcessSelection, at));
        Assert.Single(werkstatt.BlockersFor(Phase.ProcessSelection, at, CycleFacts.None));
        werkstatt.MoveTo(Phase.ProcessSelection, at, "K", CycleFacts.None with { VotingClosed = true });
        Assert.Equal(Phase.ProcessSelection, werkstatt.Phase);
    }

    [Fact]
    public void Assignment_needs_a_process()
    {
        var werkstatt = Werkstaetten.In(Phase.ProcessSelection);
        var at = Werkstaetten.GoodTimeToEnter(Phase.Assignment);

        var violation = AssertBrokenRule<AssignmentNeedsAtLeastOneProcessRule>(() => werkstatt.MoveTo(Phase.Assignment, at, "K", new CycleFacts(true, 0, false)));
        Assert.Contains("kein Prozess", violation.Message, StringComparison.Ordinal);
        werkstatt.MoveTo(Phase.Assignment, at, "K", new CycleFacts(true, 1, false));
    }

    [Fact]
    public void Modelling_needs_a_confirmed_assignment()
    {
        var werkstatt = Werkstaetten.In(Phase.Assignment);
        var at = Werkstaetten.GoodTimeToEnter(Phase.Modelling);

        AssertBrokenRule<ModellingNeedsAConfirmedAssignmentRule>(() => werkstatt.Advance(at, "K", new CycleFacts(true, 2, false)));
        Assert.Equal(Phase.Assignment, werkstatt.Phase);
        werkstatt.Advance(at, "K", new CycleFacts(true, 2, true));
        Assert.Equal(Phase.Modelling, werkstatt.Phase);
    }
}
