using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Submissions;

/// <summary>The findings shown with a model: what the import noticed, then the network's convention checks.</summary>
public static class SubmissionFindings
{
    public static IReadOnlyList<SubmissionFinding> For(BpmnModel model, IReadOnlyList<BpmnProblem> problems, NetworkConventions conventions)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(conventions);
        var findings = problems.Select(p => new SubmissionFinding(FindingLevel.Warning, p.Code, p.Message, p.ElementId)).ToList();

        // WIRE: the convention checks (Bpmn/Conventions) run here with conventions.Rules once that library exists.
        return findings;
    }
}
