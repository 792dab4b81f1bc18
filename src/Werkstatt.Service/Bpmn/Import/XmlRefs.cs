using System.Xml.Linq;

namespace Werkstatt.Service.Bpmn.Import;

/// <summary>Reading ids and references as tools write them, including QName references such as <c>bpmnElement="ns:Task_1"</c>.</summary>
internal static class XmlRefs
{
    /// <summary>The value of a reference attribute; a prefix that resolves to a namespace in scope is dropped.</summary>
    public static string? Attribute(XElement element, string name) => Resolve(element, (string?)element.Attribute(name));

    /// <summary>The text of a reference child element (<c>&lt;sourceRef&gt;</c>), resolved like <see cref="Attribute"/>.</summary>
    public static string? Child(XElement element, XName name) => Resolve(element, element.Element(name)?.Value);

    public static string? Resolve(XElement scope, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && colon < value.Length - 1 && scope.GetNamespaceOfPrefix(value[..colon]) is not null)
        {
            return value[(colon + 1)..];
        }

        return value;
    }

    /// <summary>A display name: trimmed, line breaks kept as '\n', other whitespace runs collapsed.</summary>
    public static string Name(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return string.Empty;
        }

        var lines = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        return string.Join('\n', lines.Select(CollapseSpaces).Where(l => l.Length > 0));
    }

    private static string CollapseSpaces(string line) =>
        string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
