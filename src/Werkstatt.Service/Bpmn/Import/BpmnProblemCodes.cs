namespace Werkstatt.Service.Bpmn.Import;

/// <summary>Stable codes of <see cref="Model.BpmnProblem"/>s.</summary>
public static class BpmnProblemCodes
{
    public const string NoDiagram = "no-diagram";
    public const string MissingId = "missing-id";
    public const string DuplicateId = "duplicate-id";
    public const string DanglingReference = "dangling-reference";
    public const string DiMissingElement = "di-missing-element";
    public const string DiBadBounds = "di-bad-bounds";
    public const string DiZeroSize = "di-zero-size";
    public const string DiShortEdge = "di-short-edge";
    public const string NoProcess = "no-process";
}
