using System.Globalization;
using System.Xml.Linq;
using Werkstatt.Service.Bpmn.Drawing;
using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Import;

/// <summary>
/// Reads BPMNDiagram elements. Shapes and edges whose element is unknown, with unreadable bounds or with fewer than
/// two waypoints are reported and left out; negative sizes are normalised, zero sizes kept (and reported).
/// </summary>
internal static class DiagramReader
{
    private static readonly XNamespace Bdi = BpmnNamespaces.BpmnDi;
    private static readonly XNamespace Dc = BpmnNamespaces.Dc;
    private static readonly XNamespace Di = BpmnNamespaces.Di;

    public static void Read(XElement definitions, ReadContext context, Func<string, bool> exists)
    {
        var diagrams = new List<BpmnDiagram>();
        foreach (var diagram in definitions.Elements(Bdi + "BPMNDiagram"))
        {
            var plane = diagram.Element(Bdi + "BPMNPlane");
            var shapes = new List<BpmnShape>();
            var edges = new List<BpmnEdge>();
            foreach (var shape in plane?.Elements(Bdi + "BPMNShape") ?? [])
            {
                if (ReadShape(shape, context, exists) is { } read)
                {
                    shapes.Add(read);
                }
            }

            foreach (var edge in plane?.Elements(Bdi + "BPMNEdge") ?? [])
            {
                if (ReadEdge(edge, context, exists) is { } read)
                {
                    edges.Add(read);
                }
            }

            var planeElement = plane is null ? null : XmlRefs.Attribute(plane, "bpmnElement");
            diagrams.Add(new BpmnDiagram(
                (string?)diagram.Attribute("id") ?? string.Empty, XmlRefs.Name((string?)diagram.Attribute("name")), planeElement, shapes, edges));
        }

        context.Diagrams.AddRange(diagrams);
        if (diagrams.All(d => d.Shapes.Count == 0))
        {
            context.Problem(
                BpmnProblemCodes.NoDiagram,
                "Die Datei enthält keine Diagramminformationen (BPMN DI). Das Modell wird als Liste der Schritte gezeigt, nicht als Zeichnung.");
        }
    }

    private static BpmnShape? ReadShape(XElement shape, ReadContext context, Func<string, bool> exists)
    {
        var id = (string?)shape.Attribute("id") ?? string.Empty;
        var elementId = Element(shape, context, exists);
        if (elementId is null)
        {
            return null;
        }

        var bounds = Bounds(shape.Element(Dc + "Bounds"));
        if (bounds is null)
        {
            context.Problem(BpmnProblemCodes.DiBadBounds, $"Die Form „{id}“ für „{elementId}“ hat keine lesbare Position/Größe und wird nicht gezeichnet.", elementId);
            return null;
        }

        if (bounds.Value.Width == 0 || bounds.Value.Height == 0)
        {
            context.Problem(BpmnProblemCodes.DiZeroSize, $"Die Form für „{elementId}“ hat die Breite oder Höhe 0.", elementId);
        }

        var label = Bounds(shape.Element(Bdi + "BPMNLabel")?.Element(Dc + "Bounds"));
        var expanded = (string?)shape.Attribute("isExpanded") is { } e ? string.Equals(e.Trim(), "true", StringComparison.OrdinalIgnoreCase) : (bool?)null;
        var horizontal = !string.Equals(((string?)shape.Attribute("isHorizontal"))?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
        return new BpmnShape(id, elementId, bounds.Value, label, expanded, horizontal);
    }

    private static BpmnEdge? ReadEdge(XElement edge, ReadContext context, Func<string, bool> exists)
    {
        var elementId = Element(edge, context, exists);
        if (elementId is null)
        {
            return null;
        }

        var points = new List<DrawPoint>();
        foreach (var waypoint in edge.Elements(Di + "waypoint"))
        {
            if (Number(waypoint, "x") is { } x && Number(waypoint, "y") is { } y)
            {
                points.Add(new DrawPoint(x, y));
            }
        }

        if (points.Count < 2)
        {
            context.Problem(BpmnProblemCodes.DiShortEdge, $"Die Verbindung „{elementId}“ hat weniger als zwei Wegpunkte und wird nicht gezeichnet.", elementId);
            return null;
        }

        var label = Bounds(edge.Element(Bdi + "BPMNLabel")?.Element(Dc + "Bounds"));
        return new BpmnEdge((string?)edge.Attribute("id") ?? string.Empty, elementId, points, label);
    }

    private static string? Element(XElement diElement, ReadContext context, Func<string, bool> exists)
    {
        var raw = (string?)diElement.Attribute("bpmnElement");
        var elementId = XmlRefs.Attribute(diElement, "bpmnElement");
        if (elementId is null)
        {
            context.Problem(BpmnProblemCodes.DiMissingElement, $"Ein Diagrammelement („{(string?)diElement.Attribute("id")}“) verweist auf kein Modellelement.");
            return null;
        }

        if (exists(elementId))
        {
            return elementId;
        }

        // An unresolvable prefix ("ns:Task_1" without xmlns:ns) still most likely means Task_1.
        if (raw is not null && raw.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 && exists(raw[(colon + 1)..]))
        {
            return raw[(colon + 1)..];
        }

        context.Problem(BpmnProblemCodes.DiMissingElement, $"Das Diagramm verweist auf „{elementId}“, das es im Modell nicht gibt; die Form wird ausgelassen.", elementId);
        return null;
    }

    private static DrawBox? Bounds(XElement? bounds)
    {
        if (bounds is null || Number(bounds, "x") is not { } x || Number(bounds, "y") is not { } y
            || Number(bounds, "width") is not { } w || Number(bounds, "height") is not { } h)
        {
            return null;
        }

        return new DrawBox(w < 0 ? x + w : x, h < 0 ? y + h : y, Math.Abs(w), Math.Abs(h));
    }

    private static double? Number(XElement element, string attribute)
    {
        var text = (string?)element.Attribute(attribute);
        return text is not null && double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            && Math.Abs(value) < 1e7
            ? value
            : null;
    }
}
