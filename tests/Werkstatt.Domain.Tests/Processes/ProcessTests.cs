using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Processes.Rules;
using Werkstatt.Domain.Tests.Support;
using Werkstatt.Domain.Voting;
using static Werkstatt.Domain.Tests.Support.RuleAssert;

namespace Werkstatt.Domain.Tests.Processes;

public class ProcessTests
{
    private static readonly MemberLevel[] KreisAndStadt = [MemberLevel.Kreis, MemberLevel.Stadt];
    private readonly Topic _topic = Cycles.Topic("Meldewesen");

    private Process Derive(Phase phase = Phase.ProcessSelection, TopicOutcome? outcome = TopicOutcome.Selected, int modellers = 2, MemberLevel[]? levels = null, bool crosses = true, string? leika = "99115005000000") =>
        Process.Derive(Cycles.Id, phase, _topic, outcome, "Meldebescheinigung", leika, modellers, levels ?? KreisAndStadt, crosses, Cycles.Now);

    [Fact]
    public void A_process_is_derived_from_a_selected_or_tied_topic_during_process_selection()
    {
        var process = Derive();
        var tied = Derive(outcome: TopicOutcome.TiedAtCut);

        Assert.Equal(("99115005000000", 2, true), (process.LeikaKey?.Value, process.ModellersNeeded, process.NeedsKreisAndTown));
        Assert.True(process.AppliesTo(MemberLevel.Kreis));
        Assert.False(tied.AppliesTo(MemberLevel.Gemeinde));
        AssertBrokenRule<ProcessesComeFromWinningTopicsRule>(() => Derive(outcome: TopicOutcome.NotSelected));
        AssertBrokenRule<ProcessesComeFromWinningTopicsRule>(() => Derive(outcome: null));
        AssertBrokenRule<ProcessesAreDerivedDuringProcessSelectionRule>(() => Derive(phase: Phase.Assignment));
        AssertBrokenRule<ProcessesAreDerivedDuringProcessSelectionRule>(() => process.Update(Phase.Assignment, "Neu", null, 1, KreisAndStadt, false));
    }

    [Theory]
    [InlineData(3, "ModellersNeededIsOneOrTwo", "ModellersNeeded")]
    [InlineData(0, "ModellersNeededIsOneOrTwo", "ModellersNeeded")]
    public void Modellers_needed_are_one_or_two(int modellers, string rule, string field) =>
        Assert.Equal(field, AssertBrokenRule(rule, () => Derive(modellers: modellers)).Field);

    [Fact]
    public void Levels_crossing_and_LeiKa_key_are_checked_per_field()
    {
        Assert.Equal("Levels", AssertBrokenRule("ProcessNeedsALevel", () => Derive(levels: [])).Field);
        Assert.Equal("CrossesLevels", AssertBrokenRule<ProcessCrossingLevelsNeedsKreisAndTownRule>(() => Derive(levels: [MemberLevel.Stadt, MemberLevel.Gemeinde])).Field);
        Assert.Equal("LeikaKey", AssertBrokenRule("LeikaKeyMustHaveFourteenDigits", () => Derive(leika: "12345")).Field);
        Assert.Null(Derive(leika: "  ").LeikaKey);
    }
}
