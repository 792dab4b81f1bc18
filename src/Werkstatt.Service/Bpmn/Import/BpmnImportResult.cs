using System.Diagnostics.CodeAnalysis;
using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Import;

/// <summary>Either a model with the problems noticed while reading, or a refusal (then nothing should be stored).</summary>
public sealed record BpmnImportResult
{
    private BpmnImportResult(BpmnModel? model, IReadOnlyList<BpmnProblem> problems, BpmnRefusal? refusal)
    {
        Model = model;
        Problems = problems;
        Refusal = refusal;
    }

    public BpmnModel? Model { get; }

    public IReadOnlyList<BpmnProblem> Problems { get; }

    public BpmnRefusal? Refusal { get; }

    [MemberNotNullWhen(true, nameof(Model))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool Succeeded => Model is not null;

    public static BpmnImportResult Success(BpmnModel model, IReadOnlyList<BpmnProblem> problems) => new(model, problems, null);

    public static BpmnImportResult Refused(BpmnRefusalCode code, string message) => new(null, [], new BpmnRefusal(code, message));
}
