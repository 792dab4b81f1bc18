namespace Werkstatt.Service.Bpmn.Model;

/// <summary>Groups of <see cref="BpmnElementKind"/> and their German names.</summary>
public static class BpmnKinds
{
    public static bool IsActivity(BpmnElementKind kind) => kind is >= BpmnElementKind.Task and <= BpmnElementKind.AdHocSubProcess;

    public static bool IsTask(BpmnElementKind kind) => kind is >= BpmnElementKind.Task and <= BpmnElementKind.CallActivity;

    public static bool IsSubProcess(BpmnElementKind kind) => kind is BpmnElementKind.SubProcess or BpmnElementKind.Transaction or BpmnElementKind.AdHocSubProcess;

    public static bool IsEvent(BpmnElementKind kind) => kind is >= BpmnElementKind.StartEvent and <= BpmnElementKind.BoundaryEvent;

    public static bool IsGateway(BpmnElementKind kind) => kind is >= BpmnElementKind.ExclusiveGateway and <= BpmnElementKind.ComplexGateway;

    public static bool IsFlowNode(BpmnElementKind kind) => IsActivity(kind) || IsEvent(kind) || IsGateway(kind);

    public static bool IsConnection(BpmnElementKind kind) => kind >= BpmnElementKind.SequenceFlow;

    public static bool IsData(BpmnElementKind kind) => kind is BpmnElementKind.DataObject or BpmnElementKind.DataStore;

    /// <summary>German name of the type, as used in messages ("Die Aufgabe „…“").</summary>
    public static string GermanName(BpmnElementKind kind) => kind switch
    {
        BpmnElementKind.Participant => "Pool",
        BpmnElementKind.Lane => "Lane",
        BpmnElementKind.CallActivity => "Aufrufaktivität",
        BpmnElementKind.SubProcess or BpmnElementKind.AdHocSubProcess => "Teilprozess",
        BpmnElementKind.Transaction => "Transaktion",
        _ when IsTask(kind) => "Aufgabe",
        BpmnElementKind.StartEvent => "Startereignis",
        BpmnElementKind.EndEvent => "Endereignis",
        BpmnElementKind.BoundaryEvent => "Randereignis",
        _ when IsEvent(kind) => "Zwischenereignis",
        _ when IsGateway(kind) => "Gateway",
        BpmnElementKind.DataObject => "Datenobjekt",
        BpmnElementKind.DataStore => "Datenspeicher",
        BpmnElementKind.TextAnnotation => "Anmerkung",
        BpmnElementKind.Group => "Gruppe",
        BpmnElementKind.SequenceFlow => "Sequenzfluss",
        BpmnElementKind.MessageFlow => "Nachrichtenfluss",
        _ => "Verbindung",
    };

    /// <summary>Grammatical gender article for <see cref="GermanName"/> in the nominative ("Die Aufgabe", "Das Gateway").</summary>
    public static string GermanArticle(BpmnElementKind kind) => GermanName(kind) switch
    {
        "Aufgabe" or "Aufrufaktivität" or "Transaktion" or "Lane" or "Anmerkung" or "Gruppe" or "Verbindung" => "Die",
        "Gateway" or "Startereignis" or "Endereignis" or "Randereignis" or "Zwischenereignis" or "Datenobjekt" => "Das",
        _ => "Der",
    };
}
