using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Conventions.Rules;

/// <summary>
/// Flow nodes and data do not overlap in a diagram. Containers (pools, lanes, expanded sub-processes, groups,
/// annotations) and boundary events (they sit on their activity by design) are left out. Sweep over x: O(n log n + k).
/// </summary>
public sealed class NoOverlappingShapesRule : ConventionRule
{
    // Touching borders and rounding are not overlaps.
    private const double Tolerance = 2;

    public override string Id => "no-overlapping-shapes";

    public override string Title => "Keine überlappenden Formen";

    public override ConventionSeverity DefaultSeverity => ConventionSeverity.Warning;

    public override IEnumerable<RuleViolation> Check(ConventionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var diagram in context.Model.Diagrams)
        {
            var shapes = diagram.Shapes
                .Select(s => (Shape: s, Element: context.Model.Find(s.ElementId)))
                .Where(p => p.Element is not null && Counts(p.Element, p.Shape) && p.Shape.Bounds.Width > 0 && p.Shape.Bounds.Height > 0)
                .OrderBy(p => p.Shape.Bounds.X)
                .ToList();
            var active = new List<(BpmnShape Shape, BpmnElement Element)>();
            foreach (var current in shapes)
            {
                var box = current.Shape.Bounds;
                active.RemoveAll(a => a.Shape.Bounds.Right - Tolerance <= box.X);
                foreach (var other in active)
                {
                    var o = other.Shape.Bounds;
                    if (Math.Min(o.Bottom, box.Bottom) - Math.Max(o.Y, box.Y) > Tolerance && Math.Min(o.Right, box.Right) - Math.Max(o.X, box.X) > Tolerance
                        && other.Element!.Id != current.Element!.Id)
                    {
                        yield return Violation(
                            $"{ConventionContext.Describe(other.Element)} und {Lower(ConventionContext.Describe(current.Element))} überlappen sich im Diagramm.",
                            other.Element.Id,
                            current.Element.Id);
                    }
                }

                active.Add((current.Shape, current.Element!));
            }
        }
    }

    private static bool Counts(BpmnElement element, BpmnShape shape) =>
        (element.IsFlowNode || BpmnKinds.IsData(element.Kind))
        && element.Kind != BpmnElementKind.BoundaryEvent
        && !(BpmnKinds.IsSubProcess(element.Kind) && shape.IsExpanded != false && shape.Bounds.Width * shape.Bounds.Height > 200 * 150);

    private static string Lower(string description) => description.Length > 0 ? char.ToLowerInvariant(description[0]) + description[1..] : description;
}
