namespace Werkstatt.Domain.Registers;

/// <summary>What a newer blueprint version did to a process.</summary>
public enum BlueprintChangeKind
{
    Added,
    Renamed,
    Removed,
}
