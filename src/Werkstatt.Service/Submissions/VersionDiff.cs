using Werkstatt.Service.Bpmn.Compare;

namespace Werkstatt.Service.Submissions;

/// <summary>What changed from one model version to a later one (<see cref="BpmnModelDiff"/>: elements added, removed, renamed or retyped).</summary>
public sealed record VersionDiff(int From, int To, BpmnModelDiff Changes)
{
    public bool IsEmpty => Changes.IsEmpty;
}
