using System.Globalization;
using System.Security;
using System.Text;

namespace Werkstatt.Service.Library.Samples;

/// <summary>
/// Writes small, valid BPMN 2.0 files with diagram information: one pool, a start event, tasks in a row (optionally an
/// exclusive gateway with a second path) and an end event, as Camunda Modeler would lay them out. For the demo and tests.
/// </summary>
public static class SampleBpmn
{
    private const int TaskWidth = 110;
    private const int TaskHeight = 70;
    private const int Gap = 50;

    public static byte[] Linear(string processName, string startName, IReadOnlyList<string> tasks, string endName, string? alternative = null)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var c = CultureInfo.InvariantCulture;
        var nodes = new List<(string Id, string Kind, string Name, int X, int Y, int W, int H)>();
        var flows = new List<(string Id, string From, string To, string? Name)>();
        var x = 80;
        const int Mid = 140;
        nodes.Add(("StartEvent_1", "startEvent", startName, x, Mid - 18, 36, 36));
        x += 36 + Gap;
        var previous = "StartEvent_1";
        for (var i = 0; i < tasks.Count; i++)
        {
            var id = $"Task_{i + 1}";
            nodes.Add((id, "task", tasks[i], x, Mid - (TaskHeight / 2), TaskWidth, TaskHeight));
            flows.Add(($"Flow_{flows.Count + 1}", previous, id, null));
            previous = id;
            x += TaskWidth + Gap;
        }

        if (alternative is not null)
        {
            nodes.Add(("Gateway_1", "exclusiveGateway", "Vollständig?", x, Mid - 25, 50, 50));
            flows.Add(($"Flow_{flows.Count + 1}", previous, "Gateway_1", null));
            nodes.Add(("Task_Alt", "task", alternative, x - 5 - (TaskWidth / 2) + 25, Mid + 80, TaskWidth, TaskHeight));
            flows.Add(($"Flow_{flows.Count + 1}", "Gateway_1", "Task_Alt", "nein"));
            flows.Add(($"Flow_{flows.Count + 1}", "Task_Alt", tasks.Count > 0 ? "Task_1" : "Gateway_1", null));
            previous = "Gateway_1";
            x += 50 + Gap;
        }

        nodes.Add(("EndEvent_1", "endEvent", endName, x, Mid - 18, 36, 36));
        flows.Add(($"Flow_{flows.Count + 1}", previous, "EndEvent_1", alternative is null ? null : "ja"));
        var byId = nodes.ToDictionary(n => n.Id);

        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" ");
        xml.Append("xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\" xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\" id=\"Definitions_1\" targetNamespace=\"http://bpmn.io/schema/bpmn\">\n");
        xml.Append("  <bpmn:collaboration id=\"Collaboration_1\"><bpmn:participant id=\"Participant_1\" name=\"").Append(E(processName)).Append("\" processRef=\"Process_1\" /></bpmn:collaboration>\n");
        xml.Append("  <bpmn:process id=\"Process_1\" name=\"").Append(E(processName)).Append("\" isExecutable=\"false\">\n");
        foreach (var n in nodes)
        {
            xml.Append(c, $"    <bpmn:{n.Kind} id=\"{n.Id}\" name=\"{E(n.Name)}\" />\n");
        }

        foreach (var f in flows)
        {
            xml.Append(c, $"    <bpmn:sequenceFlow id=\"{f.Id}\" sourceRef=\"{f.From}\" targetRef=\"{f.To}\"{(f.Name is null ? string.Empty : $" name=\"{E(f.Name)}\"")} />\n");
        }

        xml.Append("  </bpmn:process>\n  <bpmndi:BPMNDiagram id=\"BPMNDiagram_1\">\n    <bpmndi:BPMNPlane id=\"BPMNPlane_1\" bpmnElement=\"Collaboration_1\">\n");
        xml.Append(c, $"      <bpmndi:BPMNShape id=\"Participant_1_di\" bpmnElement=\"Participant_1\" isHorizontal=\"true\"><dc:Bounds x=\"20\" y=\"40\" width=\"{x + 80}\" height=\"{(alternative is null ? 200 : 280)}\" /></bpmndi:BPMNShape>\n");
        foreach (var n in nodes)
        {
            xml.Append(c, $"      <bpmndi:BPMNShape id=\"{n.Id}_di\" bpmnElement=\"{n.Id}\"><dc:Bounds x=\"{n.X}\" y=\"{n.Y}\" width=\"{n.W}\" height=\"{n.H}\" /></bpmndi:BPMNShape>\n");
        }

        foreach (var f in flows)
        {
            var a = byId[f.From];
            var b = byId[f.To];
            var points = b.X > a.X
                ? $"<di:waypoint x=\"{a.X + a.W}\" y=\"{a.Y + (a.H / 2)}\" /><di:waypoint x=\"{b.X}\" y=\"{b.Y + (b.H / 2)}\" />"
                : $"<di:waypoint x=\"{a.X + (a.W / 2)}\" y=\"{a.Y + a.H}\" /><di:waypoint x=\"{a.X + (a.W / 2)}\" y=\"{a.Y + a.H + 20}\" /><di:waypoint x=\"{b.X + (b.W / 2)}\" y=\"{a.Y + a.H + 20}\" /><di:waypoint x=\"{b.X + (b.W / 2)}\" y=\"{b.Y + b.H}\" />";
            if (b.Y > a.Y + a.H)
            {
                points = $"<di:waypoint x=\"{a.X + (a.W / 2)}\" y=\"{a.Y + a.H}\" /><di:waypoint x=\"{a.X + (a.W / 2)}\" y=\"{b.Y + (b.H / 2)}\" /><di:waypoint x=\"{b.X + b.W}\" y=\"{b.Y + (b.H / 2)}\" />";
            }

            xml.Append(c, $"      <bpmndi:BPMNEdge id=\"{f.Id}_di\" bpmnElement=\"{f.Id}\">{points}</bpmndi:BPMNEdge>\n");
        }

        xml.Append("    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n</bpmn:definitions>\n");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    private static string E(string text) => SecurityElement.Escape(text) ?? string.Empty;
}
