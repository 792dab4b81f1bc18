using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Compare;

/// <summary>An element present in both versions whose name or type changed.</summary>
public sealed record BpmnElementChange(BpmnElement Before, BpmnElement After)
{
    public bool Renamed => !string.Equals(Before.Name, After.Name, StringComparison.Ordinal);

    public bool KindChanged => Before.Kind != After.Kind;
}
