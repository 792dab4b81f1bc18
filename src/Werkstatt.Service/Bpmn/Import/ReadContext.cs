using System.Globalization;
using System.Xml.Linq;
using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Import;

/// <summary>State shared by the readers of one file: the elements so far, the ids seen and the problems noticed.</summary>
internal sealed class ReadContext
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private int _generated;

    public List<BpmnElement> Elements { get; } = [];

    public List<BpmnProcess> Processes { get; } = [];

    public List<BpmnProblem> Problems { get; } = [];

    public List<BpmnDiagram> Diagrams { get; } = [];

    public void Add(BpmnElement element) => Elements.Add(element);

    public void Problem(string code, string message, string? elementId = null) => Problems.Add(new BpmnProblem(code, message, elementId));

    /// <summary>The element's id; a missing id gets a generated one and duplicates are reported.</summary>
    public string Id(XElement element)
    {
        var id = ((string?)element.Attribute("id"))?.Trim();
        if (string.IsNullOrEmpty(id))
        {
            id = string.Create(CultureInfo.InvariantCulture, $"werkstatt-ohne-id-{++_generated}");
            Problem(BpmnProblemCodes.MissingId, $"Ein Element vom Typ „{element.Name.LocalName}“ hat keine Kennung (id); es wird als „{id}“ geführt.", id);
        }
        else if (!_ids.Add(id))
        {
            Problem(BpmnProblemCodes.DuplicateId, $"Die Kennung „{id}“ kommt mehrfach vor; Verweise darauf zeigen auf das erste Element.", id);
        }

        _ids.Add(id);
        return id;
    }
}
