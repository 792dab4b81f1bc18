using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Import;

/// <summary>BPMN XML element names of flow nodes and event definitions, mapped to the model's enums.</summary>
internal static class ElementKinds
{
    public static readonly IReadOnlyDictionary<string, BpmnElementKind> FlowNodes = new Dictionary<string, BpmnElementKind>(StringComparer.Ordinal)
    {
        ["task"] = BpmnElementKind.Task,
        ["userTask"] = BpmnElementKind.UserTask,
        ["serviceTask"] = BpmnElementKind.ServiceTask,
        ["manualTask"] = BpmnElementKind.ManualTask,
        ["scriptTask"] = BpmnElementKind.ScriptTask,
        ["sendTask"] = BpmnElementKind.SendTask,
        ["receiveTask"] = BpmnElementKind.ReceiveTask,
        ["businessRuleTask"] = BpmnElementKind.BusinessRuleTask,
        ["callActivity"] = BpmnElementKind.CallActivity,
        ["subProcess"] = BpmnElementKind.SubProcess,
        ["transaction"] = BpmnElementKind.Transaction,
        ["adHocSubProcess"] = BpmnElementKind.AdHocSubProcess,
        ["startEvent"] = BpmnElementKind.StartEvent,
        ["endEvent"] = BpmnElementKind.EndEvent,
        ["intermediateCatchEvent"] = BpmnElementKind.IntermediateCatchEvent,
        ["intermediateThrowEvent"] = BpmnElementKind.IntermediateThrowEvent,
        ["boundaryEvent"] = BpmnElementKind.BoundaryEvent,
        ["exclusiveGateway"] = BpmnElementKind.ExclusiveGateway,
        ["parallelGateway"] = BpmnElementKind.ParallelGateway,
        ["inclusiveGateway"] = BpmnElementKind.InclusiveGateway,
        ["eventBasedGateway"] = BpmnElementKind.EventBasedGateway,
        ["complexGateway"] = BpmnElementKind.ComplexGateway,
    };

    public static readonly IReadOnlyDictionary<string, BpmnEventDefinition> EventDefinitions = new Dictionary<string, BpmnEventDefinition>(StringComparer.Ordinal)
    {
        ["messageEventDefinition"] = BpmnEventDefinition.Message,
        ["timerEventDefinition"] = BpmnEventDefinition.Timer,
        ["errorEventDefinition"] = BpmnEventDefinition.Error,
        ["signalEventDefinition"] = BpmnEventDefinition.Signal,
        ["escalationEventDefinition"] = BpmnEventDefinition.Escalation,
        ["conditionalEventDefinition"] = BpmnEventDefinition.Conditional,
        ["terminateEventDefinition"] = BpmnEventDefinition.Terminate,
        ["linkEventDefinition"] = BpmnEventDefinition.Link,
        ["compensateEventDefinition"] = BpmnEventDefinition.Compensation,
        ["cancelEventDefinition"] = BpmnEventDefinition.Cancel,
    };
}
