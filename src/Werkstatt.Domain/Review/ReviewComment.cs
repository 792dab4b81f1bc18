namespace Werkstatt.Domain.Review;

/// <summary>A reviewer's remark on one model version, optionally tied to an element of the model (its BPMN id).</summary>
public sealed record ReviewComment(int Step, int ModelVersion, string Text, string? ElementId, DateTimeOffset At, string By)
{
    public const int TextMaxLength = 2000;
    public const int ElementIdMaxLength = 200;
}
