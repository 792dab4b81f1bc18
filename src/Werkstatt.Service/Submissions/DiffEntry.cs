using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Submissions;

/// <summary>One element that differs between two versions; <see cref="OldName"/> is set for a rename.</summary>
public sealed record DiffEntry(string ElementId, BpmnElementKind Kind, string Name, string? OldName = null)
{
    public string KindName => BpmnKinds.GermanName(Kind);
}
