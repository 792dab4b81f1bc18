using Werkstatt.Service.Bpmn.Outline;
using static Werkstatt.Service.Tests.Bpmn.BpmnXml;

namespace Werkstatt.Service.Tests.Bpmn;

public sealed class BpmnOutlineTests
{
    [Fact]
    public void Parallel_branches_end_at_the_join_and_the_list_continues_after_it()
    {
        var process = Assert.Single(BpmnOutline.Build(BpmnCorpus.Model("signavio.bpmn")));
        Assert.Equal("Prozess „Gewerbe anmelden“", process.Text);
        Assert.Equal(["sid-start", "sid-pruefen", "sid-split", "sid-join", "sid-end"], process.Children.Select(c => c.ElementId));
        Assert.Equal("Startereignis „Gewerbeanzeige liegt vor“", process.Children[0].Text);
        var split = process.Children[2];
        Assert.Equal([OutlineNodeKind.Branch, OutlineNodeKind.Branch], split.Children.Select(b => b.Kind));
        Assert.Equal(["Zweig 1", "Zweig 2"], split.Children.Select(b => b.Text));
        Assert.Equal(["sid-finanzamt"], split.Children[0].Children.Select(c => c.ElementId));
        Assert.Equal(["sid-gebuehr"], split.Children[1].Children.Select(c => c.ElementId));
    }

    [Fact]
    public void Loops_become_references_and_boundary_events_hang_under_their_activity_with_lanes_named()
    {
        var process = Assert.Single(BpmnOutline.Build(BpmnCorpus.Model("camunda-modeler.bpmn")), n => n.Kind == OutlineNodeKind.Process);
        Assert.Equal("Prozess „Bürgeramt“", process.Text);
        Assert.Equal(["StartEvent_Antrag", "Task_Pruefen", "Gateway_Vollstaendig"], process.Children.Select(c => c.ElementId));
        Assert.Equal("Startereignis (Nachricht) „Antrag eingegangen“", process.Children[0].Text);
        Assert.Equal("Servicecenter", process.Children[1].Lane);
        var gateway = process.Children[2];
        Assert.Equal(["„ja“ (Standardfluss)", "„nein“"], gateway.Children.Select(b => b.Text));
        var yes = gateway.Children[0].Children;
        Assert.Equal(["Task_Erfassen", "EndEvent_Bescheid"], yes.Select(s => s.ElementId));
        Assert.Equal("Fachverfahren", yes[0].Lane);
        var no = gateway.Children[1].Children;
        Assert.Equal([OutlineNodeKind.Step, OutlineNodeKind.Reference], no.Select(s => s.Kind));
        Assert.Equal("weiter bei: Aufgabe „Antrag prüfen“", no[1].Text);
        var boundary = Assert.Single(no[0].Children);
        Assert.Equal((OutlineNodeKind.Boundary, "bei Randereignis (Zeit) „14 Tage“"), (boundary.Kind, boundary.Text));

        var pool = Assert.Single(BpmnOutline.Build(BpmnCorpus.Model("camunda-modeler.bpmn")), n => n.Kind == OutlineNodeKind.Section);
        Assert.Contains("Bürger:in", pool.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sub_processes_list_their_inner_steps_and_files_without_di_get_a_full_list()
    {
        var bic = Assert.Single(BpmnOutline.Build(BpmnCorpus.Model("bic-semantic.bpmn")));
        var sub = bic.Children.Single(c => c.ElementId == "BIC_SUB");
        Assert.Equal(["BIC_SUB_START", "BIC_SUB_T1", "BIC_SUB_INNER", "BIC_SUB_END"], sub.Children.Select(c => c.ElementId));
        Assert.Equal(["BIC_INNER_START", "BIC_INNER_T", "BIC_INNER_END"], sub.Children[2].Children.Select(c => c.ElementId));

        var picture = Assert.Single(BpmnOutline.Build(BpmnCorpus.Model("picture-no-di.bpmn")));
        var all = Flatten(picture).Where(n => n.Kind == OutlineNodeKind.Step).Select(n => n.ElementId).ToList();
        Assert.Equal(7, all.Count);
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public void Unreachable_steps_are_listed_in_their_own_section()
    {
        var process = Assert.Single(BpmnOutline.Build(Process(Chain("Antrag prüfen") + """<b:task id="X" name="Akte ablegen"/>""")));
        var section = process.Children[^1];
        Assert.Equal((OutlineNodeKind.Section, "Nicht vom Start aus erreichbar"), (section.Kind, section.Text));
        Assert.Equal("X", Assert.Single(section.Children).ElementId);
    }

    private static IEnumerable<OutlineNode> Flatten(OutlineNode node) => node.Children.SelectMany(Flatten).Prepend(node);
}
