using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Conventions;

/// <summary>The model plus what several rules need: the containers (processes and sub-processes) and German descriptions.</summary>
public sealed class ConventionContext
{
    public ConventionContext(BpmnModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        var containers = model.Processes.Select(p => new Container(p.Id, $"Der Prozess „{(p.Name.Length > 0 ? p.Name : p.Id)}“", null)).ToList();
        containers.AddRange(model.Elements.Where(e => BpmnKinds.IsSubProcess(e.Kind)).Select(e => new Container(e.Id, Describe(e), e)));
        Containers = containers;
    }

    public BpmnModel Model { get; }

    /// <summary>Processes and sub-processes (with <see cref="Container.Element"/> set for sub-processes).</summary>
    public IReadOnlyList<Container> Containers { get; }

    public IEnumerable<BpmnElement> FlowNodes => Model.Elements.Where(e => e.IsFlowNode);

    /// <summary>"Die Aufgabe „Antrag prüfen“", or with the id when the element has no name.</summary>
    public static string Describe(BpmnElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var kind = BpmnKinds.GermanName(element.Kind);
        var article = BpmnKinds.GermanArticle(element.Kind);
        var name = element.Name.Replace('\n', ' ');
        return name.Length > 0 ? $"{article} {kind} „{name}“" : $"{article} {kind} ohne Bezeichnung ({element.Id})";
    }

    public sealed record Container(string Id, string Description, BpmnElement? Element);
}
