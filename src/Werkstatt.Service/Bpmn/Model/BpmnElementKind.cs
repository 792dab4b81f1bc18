namespace Werkstatt.Service.Bpmn.Model;

/// <summary>The BPMN element types Werkstatt distinguishes (flow nodes, containers, data, artifacts and connections).</summary>
public enum BpmnElementKind
{
    Participant = 1,
    Lane = 2,

    Task = 10,
    UserTask = 11,
    ServiceTask = 12,
    ManualTask = 13,
    ScriptTask = 14,
    SendTask = 15,
    ReceiveTask = 16,
    BusinessRuleTask = 17,
    CallActivity = 18,
    SubProcess = 19,
    Transaction = 20,
    AdHocSubProcess = 21,

    StartEvent = 30,
    EndEvent = 31,
    IntermediateCatchEvent = 32,
    IntermediateThrowEvent = 33,
    BoundaryEvent = 34,

    ExclusiveGateway = 40,
    ParallelGateway = 41,
    InclusiveGateway = 42,
    EventBasedGateway = 43,
    ComplexGateway = 44,

    DataObject = 50,
    DataStore = 51,
    TextAnnotation = 52,
    Group = 53,

    SequenceFlow = 60,
    MessageFlow = 61,
    Association = 62,
    DataAssociation = 63,
}
