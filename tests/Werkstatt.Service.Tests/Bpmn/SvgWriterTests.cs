using System.Xml;
using System.Xml.Linq;
using Werkstatt.Service.Bpmn.Drawing;
using Werkstatt.Service.Bpmn.Layout;
using Werkstatt.Service.Bpmn.Model;
using Werkstatt.Service.Bpmn.Svg;

namespace Werkstatt.Service.Tests.Bpmn;

public sealed class SvgWriterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Svg_is_well_formed_with_viewbox_from_bounds_role_img_and_title()
    {
        var model = BpmnCorpus.Model("camunda-modeler.bpmn");
        var drawing = BpmnDrawingBuilder.Build(model, model.Diagrams[0]);
        var svg = Parse(SvgWriter.Write(drawing, new SvgOptions { Width = 400 }));
        var b = drawing.Bounds;
        Assert.Equal($"{SvgWriter.N(b.X)} {SvgWriter.N(b.Y)} {SvgWriter.N(b.Width)} {SvgWriter.N(b.Height)}", (string?)svg.Attribute("viewBox"));
        Assert.Equal("400", (string?)svg.Attribute("width"));
        Assert.Equal(400 * b.Height / b.Width, double.Parse((string)svg.Attribute("height")!, System.Globalization.CultureInfo.InvariantCulture), 1);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        var title = svg.Elements(Svg + "title").Single();
        Assert.Equal("Wohnsitz anmelden", title.Value);
        Assert.Equal((string?)title.Attribute("id"), (string?)svg.Attribute("aria-labelledby"));
        var task = svg.Elements(Svg + "rect").First(r => (string?)r.Attribute("data-element-id") == "Task_Pruefen");
        Assert.Equal(("280", "140", "100", "80", "10"), ((string?)task.Attribute("x"), (string?)task.Attribute("y"), (string?)task.Attribute("width"), (string?)task.Attribute("height"), (string?)task.Attribute("rx")));
        var message = svg.Elements(Svg + "polyline").Single(p => (string?)p.Attribute("data-element-id") == "Flow_Msg_Antrag");
        Assert.NotNull(message.Attribute("stroke-dasharray"));
        Assert.Contains(svg.Descendants(Svg + "tspan"), t => t.Value == "Antrag prüfen");
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\"&' onload='alert(1)")]
    [InlineData("]]><script>x</script><![CDATA[")]
    public void Hostile_labels_and_ids_stay_text(string hostile)
    {
        var model = new BpmnModel(
            [new BpmnProcess("p", hostile, null)],
            [new BpmnElement(hostile, hostile, BpmnElementKind.Task, "p", null), new BpmnElement("e", hostile, BpmnElementKind.EndEvent, "p", null)],
            [new BpmnDiagram("d", hostile, "p", [
                new BpmnShape("s1", hostile, new DrawBox(0, 0, 300, 80), null, null, true),
                new BpmnShape("s2", "e", new DrawBox(400, 20, 36, 36), null, null, true)], [])]);
        var text = SvgWriter.Write(BpmnDrawingBuilder.Build(model, model.Diagrams[0]), new SvgOptions { Highlight = new HashSet<string> { hostile } });
        var svg = Parse(text);
        Assert.Empty(svg.Descendants(Svg + "script"));
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.Namespace != Svg);
        Assert.All(svg.DescendantsAndSelf().Attributes(), a => Assert.False(a.Name.LocalName.StartsWith("on", StringComparison.Ordinal), a.Name.LocalName));
        Assert.Equal(hostile, svg.Element(Svg + "title")!.Value);
        Assert.Contains(svg.Descendants(Svg + "rect"), r => (string?)r.Attribute("data-element-id") == hostile && (string?)r.Attribute("class") == "bpmn-finding");
        var label = string.Concat(svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("data-element-id") == "e").Descendants(Svg + "tspan").Select(t => t.Value));
        Assert.Equal(hostile.Replace(" ", string.Empty, StringComparison.Ordinal), label.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Highlighted_elements_are_drawn_in_the_marker_colour_and_others_are_not()
    {
        var model = BpmnCorpus.Model("signavio.bpmn");
        var drawing = BpmnDrawingBuilder.Build(model, model.Diagrams[0]);
        var svg = Parse(SvgWriter.Write(drawing, new SvgOptions { Highlight = new HashSet<string> { "sid-pruefen" }, HighlightColor = "#ff0000" }));
        var marked = svg.Descendants().Where(e => (string?)e.Attribute("class") == "bpmn-finding").ToList();
        Assert.NotEmpty(marked);
        Assert.All(marked, e => Assert.Equal("sid-pruefen", (string?)e.Attribute("data-element-id")));
        Assert.Contains(marked, e => (string?)e.Attribute("stroke") == "#ff0000");
        Assert.DoesNotContain(svg.Descendants().Where(e => (string?)e.Attribute("data-element-id") != "sid-pruefen"), e => (string?)e.Attribute("stroke") == "#ff0000");
    }

    [Fact]
    public void Colours_and_id_prefix_that_are_not_plain_values_are_replaced()
    {
        var drawing = new Drawing("T", new DrawBox(0, 0, 10, 10), [new RectItem(new DrawBox(0, 0, 5, 5), 0, new Pen(1, "red\" onclick=\"x"), "url(javascript:x)", null)]);
        var svg = Parse(SvgWriter.Write(drawing, new SvgOptions { IdPrefix = "\"><script>" }));
        var rect = svg.Element(Svg + "rect")!;
        Assert.Equal(("#000000", "#000000"), ((string?)rect.Attribute("stroke"), (string?)rect.Attribute("fill")));
        Assert.Equal("bpmn-title", (string?)svg.Element(Svg + "title")!.Attribute("id"));
    }

    private static XElement Parse(string svg)
    {
        using var reader = XmlReader.Create(new StringReader(svg), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XElement.Load(reader);
    }
}
