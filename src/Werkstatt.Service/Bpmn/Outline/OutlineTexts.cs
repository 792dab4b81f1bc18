using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Outline;

/// <summary>German wording of outline entries.</summary>
internal static class OutlineTexts
{
    public static string Step(BpmnElement element)
    {
        var kind = BpmnKinds.GermanName(element.Kind);
        if (BpmnKinds.IsEvent(element.Kind) && Definition(element.Definition) is { } definition)
        {
            kind += $" ({definition})";
        }

        var name = element.Name.Replace('\n', ' ');
        return name.Length > 0 ? $"{kind} „{name}“" : $"{kind} ohne Bezeichnung";
    }

    public static string Branch(BpmnElement flow, int index, bool isDefault)
    {
        var text = flow.Name.Length > 0 ? $"„{flow.Name.Replace('\n', ' ')}“"
            : flow.Condition is { Length: > 0 } condition ? $"Bedingung: {condition}"
            : $"Zweig {index}";
        return isDefault ? text + " (Standardfluss)" : text;
    }

    private static string? Definition(BpmnEventDefinition definition) => definition switch
    {
        BpmnEventDefinition.Message => "Nachricht",
        BpmnEventDefinition.Timer => "Zeit",
        BpmnEventDefinition.Error => "Fehler",
        BpmnEventDefinition.Signal => "Signal",
        BpmnEventDefinition.Escalation => "Eskalation",
        BpmnEventDefinition.Conditional => "Bedingung",
        BpmnEventDefinition.Terminate => "Terminierung",
        BpmnEventDefinition.Link => "Link",
        BpmnEventDefinition.Compensation => "Kompensation",
        BpmnEventDefinition.Cancel => "Abbruch",
        BpmnEventDefinition.Multiple or BpmnEventDefinition.ParallelMultiple => "mehrfach",
        _ => null,
    };
}
