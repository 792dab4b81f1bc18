namespace Werkstatt.Domain.Blueprints;

/// <summary>A node of the blueprint tree: a process group (area) or a process.</summary>
public enum BlueprintItemKind
{
    Group,
    Process,
}
