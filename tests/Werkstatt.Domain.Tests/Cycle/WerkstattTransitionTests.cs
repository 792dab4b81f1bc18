using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Cycle.Events;
using Werkstatt.Domain.Tests.Support;

namespace Werkstatt.Domain.Tests.Cycle;

public class WerkstattTransitionTests
{
    public static TheoryData<Phase, Phase> AllowedSteps()
    {
        var data = new TheoryData<Phase, Phase>();
        for (var i = 0; i + 1 < Phases.Sequence.Count; i++)
        {
            data.Add(Phases.Sequence[i], Phases.Sequence[i + 1]);
        }

        return data;
    }

    [Fact]
    public void The_cycle_has_the_eleven_phases_of_the_domain_in_order()
    {
        Assert.Equal(
            [
                Phase.Draft, Phase.TopicCollection, Phase.Voting, Phase.ProcessSelection, Phase.Assignment, Phase.Modelling,
                Phase.QualityReview, Phase.PreRead, Phase.Workshop, Phase.FollowUp, Phase.Published,
            ],
            Phases.Sequence);
    }

    [Theory]
    [MemberData(nameof(AllowedSteps))]
    public void Moving_to_the_next_phase_raises_WerkstattPhaseChanged_and_records_history(Phase from, Phase to)
    {
        var werkstatt = Werkstaetten.In(from);
        var historyBefore = werkstatt.History.Count;
        werkstatt.ClearDomainEvents();
        var at = Werkstaetten.GoodTimeToEnter(to);

        werkstatt.MoveTo(to, at, "Anna Koordination", Werkstaetten.Done);

        Assert.Equal(to, werkstatt.Phase);
        var changed = Assert.IsType<WerkstattPhaseChanged>(Assert.Single(werkstatt.DomainEvents));
        Assert.Equal(werkstatt.Id, changed.WerkstattId);
        Assert.Equal(from, changed.From);
        Assert.Equal(to, changed.To);
        Assert.Equal(at, changed.OccurredAt);
        Assert.Equal(historyBefore + 1, werkstatt.History.Count);
        var entry = werkstatt.History[^1];
        Assert.Equal(from, entry.From);
        Assert.Equal(to, entry.To);
        Assert.Equal(at, entry.At);
        Assert.Equal("Anna Koordination", entry.By);
        Assert.Null(entry.Note);
    }

    [Fact]
    public void A_Werkstatt_walks_the_whole_cycle_from_Draft_to_Published()
    {
        var werkstatt = Werkstaetten.Planned();
        werkstatt.ClearDomainEvents();

        foreach (var phase in Phases.Sequence.Skip(1))
        {
            werkstatt.MoveTo(phase, Werkstaetten.GoodTimeToEnter(phase), facts: Werkstaetten.Done);
        }

        Assert.Equal(Phase.Published, werkstatt.Phase);
        Assert.Equal(Phases.Sequence.Skip(1), werkstatt.History.Select(h => h.To));
        Assert.Equal(Phases.Sequence.SkipLast(1), werkstatt.History.Select(h => h.From));
        Assert.All(werkstatt.History, h => Assert.Null(h.By));
        Assert.Equal(
            Phases.Sequence.Skip(1),
            werkstatt.DomainEvents.Cast<WerkstattPhaseChanged>().Select(e => e.To));
    }

    [Fact]
    public void Advance_moves_to_the_next_phase_and_behaves_like_MoveTo()
    {
        var werkstatt = Werkstaetten.Planned();
        werkstatt.ClearDomainEvents();
        var at = Werkstaetten.GoodTimeToEnter(Phase.TopicCollection);

        werkstatt.Advance(at, "Anna");

        Assert.Equal(Phase.TopicCollection, werkstatt.Phase);
        var changed = Assert.IsType<WerkstattPhaseChanged>(Assert.Single(werkstatt.DomainEvents));
        Assert.Equal((Phase.Draft, Phase.TopicCollection), (changed.From, changed.To));
        Assert.Equal("Anna", Assert.Single(werkstatt.History).By);
    }

    [Fact]
    public void Advance_uses_the_ManualTimeProvider_time_for_the_history()
    {
        var clock = new ManualTimeProvider(Werkstaetten.PlannedAt);
        var werkstatt = Werkstaetten.Planned();

        clock.SetUtcNow(Werkstaetten.GoodTimeToEnter(Phase.TopicCollection));
        werkstatt.Advance(clock.GetUtcNow());
        clock.Advance(TimeSpan.FromDays(2));
        werkstatt.Advance(clock.GetUtcNow());

        Assert.Equal(
            [Utc.At("2026-11-24T08:00Z"), Utc.At("2026-11-26T08:00Z")],
            werkstatt.History.Select(h => h.At));
    }
}
