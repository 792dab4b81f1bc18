namespace Werkstatt.Domain.Registers;

/// <summary>One problem of an imported file, by row ("Zeile 7: Fallzahl ist keine Zahl.").</summary>
public sealed record ImportProblem(int Line, string Message)
{
    public override string ToString() => $"Zeile {Line}: {Message}";
}
