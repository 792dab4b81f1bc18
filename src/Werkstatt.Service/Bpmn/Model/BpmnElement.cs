namespace Werkstatt.Service.Bpmn.Model;

/// <summary>
/// One semantic BPMN element. <see cref="ParentId"/> is the process or sub-process that contains it (null for
/// participants and for collaboration-level artifacts and message flows); <see cref="LaneId"/> the innermost lane a
/// flow node sits in (for a lane: its parent lane). Connections carry <see cref="SourceId"/>/<see cref="TargetId"/>.
/// </summary>
public sealed record BpmnElement(string Id, string Name, BpmnElementKind Kind, string? ParentId, string? LaneId)
{
    public BpmnEventDefinition Definition { get; init; } = BpmnEventDefinition.None;

    /// <summary>The activity a boundary event is attached to.</summary>
    public string? AttachedToId { get; init; }

    /// <summary>False for non-interrupting boundary events and event sub-process start events (dashed circle).</summary>
    public bool Interrupting { get; init; } = true;

    public BpmnLoop Loop { get; init; } = BpmnLoop.None;

    /// <summary>Event sub-process (dotted border).</summary>
    public bool TriggeredByEvent { get; init; }

    public string? SourceId { get; init; }

    public string? TargetId { get; init; }

    /// <summary>The condition expression text of a sequence flow, if any (may be empty when a tool writes only the element).</summary>
    public string? Condition { get; init; }

    /// <summary>For gateways and activities: the id of their default outgoing flow.</summary>
    public string? DefaultFlowId { get; init; }

    /// <summary>For participants: the process the pool contains (null for a black-box pool).</summary>
    public string? ProcessId { get; init; }

    public bool IsFlowNode => BpmnKinds.IsFlowNode(Kind);

    public bool IsConnection => BpmnKinds.IsConnection(Kind);
}
