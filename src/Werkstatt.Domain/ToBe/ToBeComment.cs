namespace Werkstatt.Domain.ToBe;

/// <summary>A participant's remark on the to-be model, usually pointing at one element (its BPMN id).</summary>
public sealed record ToBeComment(int Number, string? ElementId, string Text, DateTimeOffset At, string By)
{
    public const int TextMaxLength = 2000;
    public const int ElementIdMaxLength = 200;
}
