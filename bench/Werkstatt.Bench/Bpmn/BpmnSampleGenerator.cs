using System.Globalization;
using System.Text;

namespace Werkstatt.Bench.Bpmn;

/// <summary>
/// Writes a BPMN file like a modelling tool would: one pool with four lanes, a chain of segments (task → exclusive split
/// → two tasks → join), labels, DI for every shape and edge. Each segment adds 11 elements.
/// </summary>
public static class BpmnSampleGenerator
{
    public static byte[] Generate(int segments)
    {
        var semantic = new StringBuilder();
        var di = new StringBuilder();
        var lanes = new[] { "Servicecenter", "Sachbearbeitung", "Fachverfahren", "Kasse" };
        var laneHeight = 260;
        var width = 200 + (segments * 640);
        var laneRefs = lanes.Select(_ => new StringBuilder()).ToArray();
        var flow = 0;
        var previous = "Start";
        Node(semantic, di, laneRefs, "startEvent", "Start", "Antrag eingegangen", 0, 100, 36, 36, 0);
        for (var s = 0; s < segments; s++)
        {
            var x = 200 + (s * 640);
            var lane = s % lanes.Length;
            var y = (lane * laneHeight) + 80;
            var (task, split, a, b, join) = ($"Task_{s}", $"Split_{s}", $"A_{s}", $"B_{s}", $"Join_{s}");
            Node(semantic, di, laneRefs, "userTask", task, $"Unterlagen Nummer {s} prüfen", x, y, 100, 80, lane);
            Node(semantic, di, laneRefs, "exclusiveGateway", split, $"Unterlagen {s} vollständig?", x + 150, y + 15, 50, 50, lane);
            Node(semantic, di, laneRefs, "serviceTask", a, $"Daten {s} im Fachverfahren erfassen", x + 250, y - 60, 100, 80, lane);
            Node(semantic, di, laneRefs, "sendTask", b, $"Fehlende Nachweise {s} nachfordern", x + 250, y + 90, 100, 80, lane);
            Node(semantic, di, laneRefs, "exclusiveGateway", join, string.Empty, x + 400, y + 15, 50, 50, lane);
            Flow(semantic, di, ref flow, previous, task, x - 60, y + 40, x, y + 40);
            Flow(semantic, di, ref flow, task, split, x + 100, y + 40, x + 150, y + 40);
            Flow(semantic, di, ref flow, split, a, x + 175, y + 15, x + 250, y - 20);
            Flow(semantic, di, ref flow, split, b, x + 175, y + 65, x + 250, y + 130);
            Flow(semantic, di, ref flow, a, join, x + 350, y - 20, x + 425, y + 15);
            Flow(semantic, di, ref flow, b, join, x + 350, y + 130, x + 425, y + 65);
            previous = join;
        }

        Node(semantic, di, laneRefs, "endEvent", "End", "Bescheid versandt", width - 100, 100, 36, 36, 0);
        Flow(semantic, di, ref flow, previous, "End", width - 150, 118, width - 100, 118);

        var laneSet = new StringBuilder("<bpmn:laneSet id=\"LaneSet\">");
        for (var l = 0; l < lanes.Length; l++)
        {
            laneSet.Append(CultureInfo.InvariantCulture, $"<bpmn:lane id=\"Lane_{l}\" name=\"{lanes[l]}\">{laneRefs[l]}</bpmn:lane>");
            di.Append(CultureInfo.InvariantCulture, $"<bpmndi:BPMNShape id=\"Lane_{l}_di\" bpmnElement=\"Lane_{l}\" isHorizontal=\"true\"><dc:Bounds x=\"-70\" y=\"{(l * laneHeight) - 40}\" width=\"{width + 100}\" height=\"{laneHeight}\"/></bpmndi:BPMNShape>");
        }

        laneSet.Append("</bpmn:laneSet>");
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Defs" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler" exporterVersion="5.17.0">
            <bpmn:collaboration id="Collab"><bpmn:participant id="Pool" name="Kreisverwaltung" processRef="Process"/></bpmn:collaboration>
            <bpmn:process id="Process" name="Großer Prozess" isExecutable="false">{laneSet}{semantic}</bpmn:process>
            <bpmndi:BPMNDiagram id="Diagram"><bpmndi:BPMNPlane id="Plane" bpmnElement="Collab">
            <bpmndi:BPMNShape id="Pool_di" bpmnElement="Pool" isHorizontal="true"><dc:Bounds x="-100" y="-40" width="{width + 130}" height="{lanes.Length * laneHeight}"/></bpmndi:BPMNShape>
            {di}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
            </bpmn:definitions>
            """;
        return Encoding.UTF8.GetBytes(xml);
    }

    private static void Node(StringBuilder semantic, StringBuilder di, StringBuilder[] laneRefs, string type, string id, string name, double x, double y, double w, double h, int lane)
    {
        semantic.Append(CultureInfo.InvariantCulture, $"<bpmn:{type} id=\"{id}\" name=\"{name}\" camunda:asyncBefore=\"true\"/>");
        laneRefs[lane].Append(CultureInfo.InvariantCulture, $"<bpmn:flowNodeRef>{id}</bpmn:flowNodeRef>");
        di.Append(CultureInfo.InvariantCulture, $"<bpmndi:BPMNShape id=\"{id}_di\" bpmnElement=\"{id}\"><dc:Bounds x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\"/></bpmndi:BPMNShape>");
    }

    private static void Flow(StringBuilder semantic, StringBuilder di, ref int counter, string source, string target, double x1, double y1, double x2, double y2)
    {
        var id = $"Flow_{++counter}";
        semantic.Append(CultureInfo.InvariantCulture, $"<bpmn:sequenceFlow id=\"{id}\" sourceRef=\"{source}\" targetRef=\"{target}\"/>");
        di.Append(CultureInfo.InvariantCulture, $"<bpmndi:BPMNEdge id=\"{id}_di\" bpmnElement=\"{id}\"><di:waypoint x=\"{x1}\" y=\"{y1}\"/><di:waypoint x=\"{x2}\" y=\"{y2}\"/></bpmndi:BPMNEdge>");
    }
}
