using Werkstatt.Service.Bpmn.Compare;
using Werkstatt.Service.Bpmn.Model;
using static Werkstatt.Service.Tests.Bpmn.BpmnXml;

namespace Werkstatt.Service.Tests.Bpmn;

public sealed class BpmnCompareTests
{
    [Fact]
    public void Diff_by_id_reports_added_removed_and_renamed_elements()
    {
        var before = Process(Chain("Antrag prüfen", "Akte anlegen"));
        var after = Process(Chain("Antrag sorgfältig prüfen") + """<b:task id="N" name="Gebühr erheben"/>""");
        var diff = BpmnModelDiff.Compare(before, after);
        Assert.Equal(["N"], diff.Added.Select(e => e.Id));
        Assert.Equal(["T2"], diff.Removed.Select(e => e.Id));
        var change = Assert.Single(diff.Changed);
        Assert.Equal(("Antrag prüfen", "Antrag sorgfältig prüfen", true, false), (change.Before.Name, change.After.Name, change.Renamed, change.KindChanged));
        Assert.True(BpmnModelDiff.Compare(before, before).IsEmpty);
    }

    [Fact]
    public void Diff_matches_renumbered_ids_by_name_and_reports_a_changed_type()
    {
        var before = Process("""<b:task id="A1" name="Antrag prüfen"/><b:task id="A2" name="Bescheid versenden"/><b:endEvent id="A3" name="Fertig"/>""");
        var after = Process("""<b:userTask id="X9" name="Antrag  prüfen"/><b:task id="X8" name="Bescheid versenden"/><b:endEvent id="X7" name="Fertig"/>""");
        var diff = BpmnModelDiff.Compare(before, after);
        Assert.Empty(diff.Added);
        Assert.Empty(diff.Removed);
        var change = Assert.Single(diff.Changed);
        Assert.Equal(("A1", "X9", BpmnElementKind.UserTask), (change.Before.Id, change.After.Id, change.After.Kind));
        Assert.True(change.KindChanged);
    }

    [Fact]
    public void Comparison_lists_steps_only_in_one_model_and_in_both_by_normalised_name()
    {
        var a = Model("""
            <b:collaboration id="C"><b:participant id="PA" name="Stadt Kleve" processRef="P"/></b:collaboration>
            <b:process id="P"><b:laneSet><b:lane id="L1" name="Bürgerbüro"/><b:lane id="L2" name="Kasse"/></b:laneSet>
              <b:task id="T1" name="Antrag prüfen"/><b:task id="T2" name="Online-Zahlung abwickeln"/><b:dataStoreReference id="D" name="OK.EWO"/></b:process>
            """);
        var b = Model("""
            <b:process id="P"><b:laneSet><b:lane id="L1" name="Buergerbuero"/></b:laneSet>
              <b:task id="T1" name="antrag pruefen"/><b:userTask id="T2" name="Online-Antrag entgegennehmen"/><b:dataStoreReference id="D" name="MESO"/></b:process>
            """);
        var comparison = BpmnProcessComparison.Compare(a, b, [new ProfileField("LeiKa-Schlüssel", "99115005000000", "99115005000000"), new ProfileField("Medienbrüche", "2", "0")]);
        Assert.Equal([("Antrag prüfen", "antrag pruefen")], comparison.Steps.InBoth);
        Assert.Equal(["Online-Zahlung abwickeln"], comparison.Steps.OnlyInA);
        Assert.Equal(["Online-Antrag entgegennehmen"], comparison.Steps.OnlyInB);
        Assert.Equal([("Bürgerbüro", "Buergerbuero")], comparison.Roles.InBoth);
        Assert.Equal(["Kasse", "Stadt Kleve"], comparison.Roles.OnlyInA);
        Assert.Equal(["OK.EWO"], comparison.Systems.OnlyInA);
        Assert.Equal(["MESO"], comparison.Systems.OnlyInB);
        Assert.Equal([true, false], comparison.ProfileFields.Select(f => f.Same));
    }

    [Theory]
    [InlineData("Antrag prüfen", "antrag  pruefen")]
    [InlineData("Straße sperren", "Strasse sperren")]
    [InlineData("Antrag prüfen.", " Antrag – prüfen ")]
    public void Names_that_differ_only_in_spelling_normalise_to_the_same_key(string a, string b)
    {
        Assert.Equal(NameNormalizer.Normalize(a), NameNormalizer.Normalize(b));
    }
}
