using Werkstatt.Service.Bpmn.Conventions;
using Werkstatt.Service.Bpmn.Import;
using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn;

/// <summary>A summary of one file for operators (<c>bpmn inspect</c>): counts, diagrams, convention findings and import problems.</summary>
public sealed record BpmnInspection(
    bool Accepted,
    BpmnRefusal? Refusal,
    IReadOnlyDictionary<string, int> ElementCounts,
    IReadOnlyList<BpmnInspection.DiagramSummary> Diagrams,
    IReadOnlyList<ConventionFinding> Findings,
    IReadOnlyList<BpmnProblem> Problems)
{
    public static BpmnInspection Of(BpmnImportResult result, ConventionSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Succeeded)
        {
            return new BpmnInspection(false, result.Refusal, new Dictionary<string, int>(), [], [], []);
        }

        var model = result.Model;
        var counts = model.Elements.GroupBy(e => e.Kind).OrderBy(g => g.Key).ToDictionary(g => g.Key.ToString(), g => g.Count(), StringComparer.Ordinal);
        var diagrams = model.Diagrams.Select(d => new DiagramSummary(d.Id, d.Name, d.PlaneElementId, d.Shapes.Count, d.Edges.Count)).ToList();
        return new BpmnInspection(true, null, counts, diagrams, ConventionChecker.Check(model, settings), result.Problems);
    }

    public sealed record DiagramSummary(string Id, string Name, string? PlaneElementId, int Shapes, int Edges);
}
