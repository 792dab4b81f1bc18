using Werkstatt.Service.Bpmn.Conventions;
using Werkstatt.Service.Bpmn.Conventions.Rules;
using static Werkstatt.Service.Tests.Bpmn.BpmnXml;

namespace Werkstatt.Service.Tests.Bpmn;

public sealed class ConventionCheckerTests
{
    [Fact]
    public void Clean_model_has_no_findings()
    {
        Assert.Empty(ConventionChecker.Check(Process(Chain("Antrag prüfen", "Bescheid erstellen"))));
        Assert.Empty(ConventionChecker.Check(BpmnCorpus.Model("signavio.bpmn")));
    }

    [Fact]
    public void Missing_start_and_end_events_are_errors_per_process_and_sub_process()
    {
        var model = Process("""
            <b:task id="T" name="Antrag prüfen"/>
            <b:subProcess id="SP" name="Unterlagen prüfen"><b:startEvent id="SS"/><b:task id="ST" name="Ausweis prüfen"/><b:sequenceFlow id="SF" sourceRef="SS" targetRef="ST"/></b:subProcess>
            <b:sequenceFlow id="F" sourceRef="T" targetRef="SP"/>
            """);
        var findings = ConventionChecker.Check(model);
        var start = Assert.Single(findings, f => f.RuleId == "start-event-required");
        Assert.Equal(("Der Prozess „Testprozess“ hat kein Startereignis.", ConventionSeverity.Error), (start.Message, start.Severity));
        var ends = findings.Where(f => f.RuleId == "end-event-required").ToList();
        Assert.Equal(["P", "SP"], ends.Select(f => f.ElementIds[0]));
        Assert.Contains("Der Teilprozess „Unterlagen prüfen“ hat kein Endereignis.", ends.Select(f => f.Message));
    }

    [Fact]
    public void Dead_ends_and_unconnected_elements_are_named()
    {
        var model = Process(Chain("Antrag prüfen") + """<b:task id="X" name="Akte ablegen"/><b:task id="D" name="Antrag prüfen lassen"/><b:sequenceFlow id="FD" sourceRef="T1" targetRef="D"/>""");
        var messages = ConventionChecker.Check(model).Where(f => f.RuleId == "no-disconnected").Select(f => f.Message).ToList();
        Assert.Contains("Die Aufgabe „Akte ablegen“ ist mit keinem anderen Element durch einen Sequenzfluss verbunden.", messages);
        Assert.Contains("Die Aufgabe „Antrag prüfen lassen“ hat keinen ausgehenden Sequenzfluss.", messages);
        Assert.Equal(2, messages.Count);
    }

    [Fact]
    public void Labels_are_required_on_tasks_events_exclusive_splits_pools_and_lanes_but_not_on_joins_or_parallel_splits()
    {
        var model = Model("""
            <b:collaboration id="C"><b:participant id="Pool" processRef="P"/></b:collaboration>
            <b:process id="P">
              <b:laneSet><b:lane id="L"><b:flowNodeRef>S</b:flowNodeRef></b:lane></b:laneSet>
              <b:startEvent id="S"/><b:task id="T"/><b:exclusiveGateway id="G"/><b:parallelGateway id="PG"/>
              <b:task id="A" name="Antrag prüfen"/><b:task id="B" name="Antrag ablehnen"/><b:exclusiveGateway id="J"/><b:endEvent id="E" name="Fertig"/>
              <b:sequenceFlow id="F1" sourceRef="S" targetRef="T"/><b:sequenceFlow id="F2" sourceRef="T" targetRef="PG"/>
              <b:sequenceFlow id="F3" sourceRef="PG" targetRef="G"/><b:sequenceFlow id="F3b" sourceRef="PG" targetRef="J"/>
              <b:sequenceFlow id="F4" sourceRef="G" targetRef="A"/><b:sequenceFlow id="F5" sourceRef="G" targetRef="B"/>
              <b:sequenceFlow id="F6" sourceRef="A" targetRef="J"/><b:sequenceFlow id="F7" sourceRef="B" targetRef="J"/><b:sequenceFlow id="F8" sourceRef="J" targetRef="E"/>
            </b:process>
            """);
        var unlabeled = ConventionChecker.Check(model).Where(f => f.RuleId == "label-required").Select(f => f.ElementIds[0]).ToList();
        Assert.Equal(["Pool", "L", "S", "T", "G"], unlabeled);
        Assert.Contains(ConventionChecker.Check(model), f => f.Message == "Die Aufgabe ohne Bezeichnung (T) sollte benannt werden.");
    }

    [Fact]
    public void Implicit_split_implicit_join_join_fork_and_superfluous_gateways_are_found()
    {
        var model = Process("""
            <b:startEvent id="S" name="Start"/><b:task id="A" name="Antrag prüfen"/><b:task id="B" name="Akte anlegen"/><b:task id="C" name="Akte prüfen"/>
            <b:exclusiveGateway id="G" name="Weiter?"/><b:exclusiveGateway id="G1" name="Nur durch"/><b:endEvent id="E" name="Ende"/><b:endEvent id="E2" name="Ende 2"/>
            <b:sequenceFlow id="F1" sourceRef="S" targetRef="A"/><b:sequenceFlow id="F2" sourceRef="A" targetRef="B"/><b:sequenceFlow id="F3" sourceRef="A" targetRef="C"/>
            <b:sequenceFlow id="F4" sourceRef="B" targetRef="G"/><b:sequenceFlow id="F5" sourceRef="C" targetRef="G"/>
            <b:sequenceFlow id="F6" sourceRef="G" targetRef="G1"/><b:sequenceFlow id="F7" sourceRef="G" targetRef="E2"/>
            <b:sequenceFlow id="F8" sourceRef="G1" targetRef="E"/><b:sequenceFlow id="F9" sourceRef="S" targetRef="E"/>
            """);
        var findings = ConventionChecker.Check(model);
        Assert.Equal(["S", "A"], findings.Where(f => f.RuleId == "no-implicit-split").Select(f => f.ElementIds[0]));
        Assert.Equal(["E"], findings.Where(f => f.RuleId == "no-implicit-join").Select(f => f.ElementIds[0]));
        Assert.Equal(["G"], findings.Where(f => f.RuleId == "no-gateway-join-fork").Select(f => f.ElementIds[0]));
        Assert.Equal(["G1"], findings.Where(f => f.RuleId == "superfluous-gateway").Select(f => f.ElementIds[0]));
        Assert.Contains(findings, f => f.Message == "Die Aufgabe „Antrag prüfen“ verzweigt ohne Gateway (2 ausgehende Sequenzflüsse); bitte ein Gateway einsetzen.");
    }

    [Fact]
    public void Conditional_flows_out_of_a_task_are_not_an_implicit_split()
    {
        var model = Process(Chain("Antrag prüfen") + """
            <b:task id="X" name="Antrag ablehnen"/><b:sequenceFlow id="FX" sourceRef="T1" targetRef="X"><b:conditionExpression>abgelehnt</b:conditionExpression></b:sequenceFlow>
            <b:sequenceFlow id="FXE" sourceRef="X" targetRef="E"/>
            """);
        Assert.DoesNotContain(ConventionChecker.Check(model), f => f.RuleId == "no-implicit-split");
    }

    [Fact]
    public void Several_blank_start_events_are_reported_together()
    {
        var model = Process("""<b:startEvent id="S1" name="A"/><b:startEvent id="S2" name="B"/><b:startEvent id="S3" name="Post"><b:messageEventDefinition/></b:startEvent>""");
        var finding = Assert.Single(ConventionChecker.Check(model), f => f.RuleId == "single-blank-start-event");
        Assert.Equal(["S1", "S2"], finding.ElementIds);
    }

    [Theory]
    [InlineData("Antrag prüfen", true)]
    [InlineData("Unterlagen nachfordern", true)]
    [InlineData("Gebühr festsetzen", true)]
    [InlineData("Daten in OK.EWO erfassen", true)]
    [InlineData("Bescheid erstellen und versenden", true)]
    [InlineData("Belege sammeln", true)]
    [InlineData("Akte ändern", true)]
    [InlineData("Antrag prüfen (Vier-Augen-Prinzip)", true)]
    [InlineData("E-Mail senden", true)]
    [InlineData("Prüfung des Antrags", false)]
    [InlineData("Antragsprüfung", false)]
    [InlineData("prüfen", false)]
    [InlineData("Antrag Prüfen", false)]
    [InlineData("Bescheid", false)]
    public void Task_names_are_object_and_infinitive(string name, bool good)
    {
        Assert.Equal(good, TaskNameRule.IsObjectAndVerb(name));
    }

    [Fact]
    public void Overlapping_shapes_are_found_but_boundary_events_and_containers_are_not_overlaps()
    {
        var model = Process(
            Chain("Antrag prüfen", "Akte anlegen") + """<b:boundaryEvent id="BE" name="Frist" attachedToRef="T1"><b:timerEventDefinition/></b:boundaryEvent><b:sequenceFlow id="FB" sourceRef="BE" targetRef="E"/>""",
            Diagram(Shape("S", 0, 20, 36, 36), Shape("T1", 100, 0, 100, 80), Shape("BE", 160, 60, 36, 36), Shape("T2", 150, 40, 100, 80), Shape("E", 400, 20, 36, 36)));
        var finding = Assert.Single(ConventionChecker.Check(model), f => f.RuleId == "no-overlapping-shapes");
        Assert.Equal(["T1", "T2"], finding.ElementIds);
        Assert.Equal("Die Aufgabe „Antrag prüfen“ und die Aufgabe „Akte anlegen“ überlappen sich im Diagramm.", finding.Message);
    }

    [Fact]
    public void Elements_without_di_are_reported_only_when_the_file_has_a_diagram()
    {
        Assert.DoesNotContain(ConventionChecker.Check(Process(Chain("Antrag prüfen"))), f => f.RuleId == "element-has-di");
        var model = Process(Chain("Antrag prüfen"), Diagram(Shape("S", 0, 0, 36, 36), Shape("T1", 100, 0, 100, 80)));
        var missing = ConventionChecker.Check(model).Where(f => f.RuleId == "element-has-di").Select(f => f.ElementIds[0]).ToList();
        Assert.Equal(["F1", "E", "FE"], missing);
    }

    [Fact]
    public void Settings_switch_rules_off_and_change_their_severity()
    {
        var model = Process("""<b:task id="T" name="Prüfung"/>""");
        var settings = new ConventionSettings(new Dictionary<string, ConventionRuleSetting>
        {
            ["start-event-required"] = new(Enabled: false),
            ["task-name-object-verb"] = new(Severity: ConventionSeverity.Error),
        });
        var findings = ConventionChecker.Check(model, settings);
        Assert.DoesNotContain(findings, f => f.RuleId == "start-event-required");
        Assert.Equal(ConventionSeverity.Error, Assert.Single(findings, f => f.RuleId == "task-name-object-verb").Severity);
        Assert.Equal(ConventionSeverity.Hint, Assert.Single(ConventionChecker.Check(model), f => f.RuleId == "task-name-object-verb").Severity);
        Assert.True(findings.Select(f => f.Severity).SequenceEqual(findings.Select(f => f.Severity).Order()));
    }

    [Fact]
    public void Every_rule_has_a_unique_id_a_german_title_and_is_findable()
    {
        Assert.Equal(ConventionChecker.Rules.Count, ConventionChecker.Rules.Select(r => r.Id).Distinct().Count());
        Assert.All(ConventionChecker.Rules, r => Assert.Same(r, ConventionChecker.Find(r.Id)));
        Assert.All(ConventionChecker.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Title)));
        Assert.Equal("Fehler", ConventionSeverity.Error.GermanName());
    }
}
