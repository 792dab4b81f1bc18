using System.Globalization;
using System.Text;
using Werkstatt.Service.Bpmn.Import;
using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Tests.Bpmn;

/// <summary>Small BPMN documents written inline for rule tests (prefix <c>b:</c>, DI prefixes <c>di</c>/<c>dc</c>/<c>dd</c>).</summary>
internal static class BpmnXml
{
    public static BpmnModel Process(string body, string diagram = "", string name = "Testprozess") => Model(
        $"""<b:process id="P" name="{name}">{body}</b:process>""" + diagram);

    public static BpmnModel Model(string content)
    {
        var xml = $"""
            <b:definitions xmlns:b="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:di="http://www.omg.org/spec/BPMN/20100524/DI"
              xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:dd="http://www.omg.org/spec/DD/20100524/DI" id="D" targetNamespace="urn:test">
            {content}
            </b:definitions>
            """;
        var result = BpmnImporter.Import(Encoding.UTF8.GetBytes(xml));
        Assert.True(result.Succeeded, result.Refusal?.Message);
        return result.Model;
    }

    /// <summary>start → task(s) → end as sequence flows, ids S, T1…, E, F1….</summary>
    public static string Chain(params string[] taskNames)
    {
        var builder = new StringBuilder("""<b:startEvent id="S" name="Start"/>""");
        var previous = "S";
        for (var i = 0; i < taskNames.Length; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"""<b:task id="T{i + 1}" name="{taskNames[i]}"/><b:sequenceFlow id="F{i + 1}" sourceRef="{previous}" targetRef="T{i + 1}"/>""");
            previous = $"T{i + 1}";
        }

        builder.Append(CultureInfo.InvariantCulture, $"""<b:endEvent id="E" name="Ende"/><b:sequenceFlow id="FE" sourceRef="{previous}" targetRef="E"/>""");
        return builder.ToString();
    }

    public static string Shape(string element, double x, double y, double w, double h) => string.Create(
        CultureInfo.InvariantCulture,
        $"""<di:BPMNShape id="{element}_di" bpmnElement="{element}"><dc:Bounds x="{x}" y="{y}" width="{w}" height="{h}"/></di:BPMNShape>""");

    public static string Edge(string element, params (double X, double Y)[] points) =>
        $"""<di:BPMNEdge id="{element}_di" bpmnElement="{element}">{string.Concat(points.Select(p => string.Create(CultureInfo.InvariantCulture, $"<dd:waypoint x=\"{p.X}\" y=\"{p.Y}\"/>")))}</di:BPMNEdge>""";

    public static string Diagram(params string[] shapes) => $"""<di:BPMNDiagram id="DG"><di:BPMNPlane id="PL" bpmnElement="P">{string.Concat(shapes)}</di:BPMNPlane></di:BPMNDiagram>""";
}
