using Werkstatt.Service.Bpmn.Drawing;
using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Layout;

/// <summary>
/// Turns one diagram of a model into a <see cref="Drawing"/>: the single geometry that the SVG writer and the PDF
/// dossier both render. Order: pools and lanes, expanded sub-processes, other shapes, boundary events, connections,
/// groups, then the labels outside shapes.
/// </summary>
public static class BpmnDrawingBuilder
{
    /// <summary>Drawings of all diagrams that have shapes (several per file are common: one per sub-process).</summary>
    public static IReadOnlyList<Drawing.Drawing> BuildAll(BpmnModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return [.. model.Diagrams.Where(d => d.Shapes.Count > 0).Select(d => Build(model, d))];
    }

    public static Drawing.Drawing Build(BpmnModel model, BpmnDiagram diagram)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(diagram);
        var items = new List<DrawItem>(diagram.Shapes.Count * 6);
        var labels = new List<DrawItem>();
        var shapes = diagram.Shapes.Select(s => (Shape: s, Element: model.Find(s.ElementId)))
            .Where(p => p.Element is not null).Select(p => (p.Shape, Element: p.Element!)).ToList();
        var drawnIds = new HashSet<string>(shapes.Select(s => s.Element.Id), StringComparer.Ordinal);

        foreach (var (shape, element) in shapes.Where(s => s.Element.Kind is BpmnElementKind.Participant).Concat(shapes.Where(s => s.Element.Kind is BpmnElementKind.Lane)))
        {
            ShapePainter.PoolOrLane(items, element, shape);
        }

        var expanded = shapes.Where(s => BpmnKinds.IsSubProcess(s.Element.Kind) && IsExpanded(model, s.Shape, s.Element, drawnIds))
            .OrderByDescending(s => s.Shape.Bounds.Width * s.Shape.Bounds.Height).ToList();
        foreach (var (shape, element) in expanded)
        {
            ShapePainter.Activity(items, element, Sized(shape.Bounds, element.Kind), expanded: true);
        }

        var expandedIds = new HashSet<string>(expanded.Select(e => e.Element.Id), StringComparer.Ordinal);
        foreach (var (shape, element) in shapes.Where(s => s.Element.Kind != BpmnElementKind.BoundaryEvent).Concat(shapes.Where(s => s.Element.Kind == BpmnElementKind.BoundaryEvent)))
        {
            if (!expandedIds.Contains(element.Id))
            {
                PaintNode(items, labels, element, shape);
            }
        }

        foreach (var edge in diagram.Edges)
        {
            if (model.Find(edge.ElementId) is { } element)
            {
                EdgePainter.Paint(items, model, element, edge);
                EdgePainter.Label(labels, element, edge);
            }
        }

        foreach (var (shape, element) in shapes.Where(s => s.Element.Kind == BpmnElementKind.Group))
        {
            ShapePainter.Group(items, element, shape);
        }

        items.AddRange(labels);
        var title = diagram.Name.Length > 0 ? diagram.Name : TitleOf(model, diagram);
        return new Drawing.Drawing(title, DrawingBounds.Of(items, BpmnStyle.Margin), items);
    }

    private static void PaintNode(List<DrawItem> items, List<DrawItem> labels, BpmnElement element, BpmnShape shape)
    {
        var box = Sized(shape.Bounds, element.Kind);
        switch (element.Kind)
        {
            case var k when BpmnKinds.IsActivity(k):
                ShapePainter.Activity(items, element, box, expanded: false);
                break;
            case var k when BpmnKinds.IsEvent(k):
                EventPainter.Paint(items, element, box);
                LabelPainter.External(labels, element.Name, shape.LabelBounds, box, element.Id);
                break;
            case var k when BpmnKinds.IsGateway(k):
                GatewayPainter.Paint(items, element, box);
                LabelPainter.External(labels, element.Name, shape.LabelBounds, box, element.Id);
                break;
            case BpmnElementKind.DataObject:
                ShapePainter.DataObject(items, element, shape with { Bounds = box });
                break;
            case BpmnElementKind.DataStore:
                ShapePainter.DataStore(items, element, shape with { Bounds = box });
                break;
            case BpmnElementKind.TextAnnotation:
                ShapePainter.Annotation(items, element, box);
                break;
        }
    }

    private static bool IsExpanded(BpmnModel model, BpmnShape shape, BpmnElement element, HashSet<string> drawnIds) =>
        shape.IsExpanded ?? model.ChildrenOf(element.Id).Any(c => drawnIds.Contains(c.Id));

    // Zero-size shapes (some exports) get the usual size of their kind, so that they stay visible.
    private static DrawBox Sized(DrawBox box, BpmnElementKind kind)
    {
        if (box.Width > 0 && box.Height > 0)
        {
            return box;
        }

        var (w, h) = kind switch
        {
            _ when BpmnKinds.IsEvent(kind) => (36.0, 36.0),
            _ when BpmnKinds.IsGateway(kind) => (50.0, 50.0),
            BpmnElementKind.DataObject => (36.0, 50.0),
            BpmnElementKind.DataStore => (50.0, 50.0),
            _ => (100.0, 80.0),
        };
        return new DrawBox(box.X, box.Y, box.Width > 0 ? box.Width : w, box.Height > 0 ? box.Height : h);
    }

    private static string TitleOf(BpmnModel model, BpmnDiagram diagram)
    {
        if (diagram.PlaneElementId is { } plane)
        {
            if (model.Processes.FirstOrDefault(p => p.Id == plane) is { Name.Length: > 0 } process)
            {
                return process.Name;
            }

            if (model.Find(plane) is { Name.Length: > 0 } element)
            {
                return element.Name;
            }
        }

        return model.Processes.FirstOrDefault(p => p.Name.Length > 0)?.Name ?? "BPMN-Diagramm";
    }
}
