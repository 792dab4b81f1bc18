namespace Werkstatt.Service.Submissions;

/// <summary>One step, role, IT system or media break, and in which sides (by index) it occurs.</summary>
public sealed record ComparedLine(string Text, IReadOnlyList<bool> In)
{
    public bool InAll => In.All(x => x);
}
