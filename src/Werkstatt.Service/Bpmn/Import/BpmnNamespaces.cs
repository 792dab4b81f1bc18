using System.Xml.Linq;

namespace Werkstatt.Service.Bpmn.Import;

/// <summary>The namespaces of BPMN 2.0 (semantic model and diagram interchange). Prefixes don't matter, only these URIs.</summary>
internal static class BpmnNamespaces
{
    public static readonly XNamespace Model = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public static readonly XNamespace BpmnDi = "http://www.omg.org/spec/BPMN/20100524/DI";
    public static readonly XNamespace Dc = "http://www.omg.org/spec/DD/20100524/DC";
    public static readonly XNamespace Di = "http://www.omg.org/spec/DD/20100524/DI";
}
