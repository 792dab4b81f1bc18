using System.Text;
using System.Xml.Linq;
using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Import;

/// <summary>
/// The entry point: reads a BPMN 2.0 XML file as any modelling tool writes it, hardened against hostile input.
/// A refused file yields a German message and a code; otherwise a model plus the problems noticed.
/// </summary>
public static class BpmnImporter
{
    public static BpmnImportResult Import(Stream stream, BpmnImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= BpmnImportOptions.Default;
        XElement root;
        try
        {
            root = SafeXmlLoader.Load(stream, options);
        }
        catch (BpmnRefusedException refused)
        {
            return BpmnImportResult.Refused(refused.Code, refused.Message);
        }
        catch (DecoderFallbackException)
        {
            return BpmnImportResult.Refused(BpmnRefusalCode.NotXml, ImportMessages.NotXml);
        }

        if (root.Name != BpmnNamespaces.Model + "definitions")
        {
            return BpmnImportResult.Refused(BpmnRefusalCode.NotBpmn, ImportMessages.NotBpmn(Shorten(root.Name.LocalName), Shorten(root.Name.NamespaceName)));
        }

        var context = new ReadContext();
        SemanticReader.Read(root, context);
        var ids = new HashSet<string>(context.Elements.Select(e => e.Id), StringComparer.Ordinal);
        foreach (var process in context.Processes)
        {
            ids.Add(process.Id);
        }

        DiagramReader.Read(root, context, ids.Contains);
        ReportDanglingReferences(context, ids);
        return BpmnImportResult.Success(new BpmnModel(context.Processes, context.Elements, context.Diagrams), context.Problems);
    }

    public static BpmnImportResult Import(byte[] content, BpmnImportOptions? options = null)
    {
        using var stream = new MemoryStream(content, writable: false);
        return Import(stream, options);
    }

    private static void ReportDanglingReferences(ReadContext context, HashSet<string> ids)
    {
        foreach (var element in context.Elements)
        {
            foreach (var reference in new[] { element.SourceId, element.TargetId, element.AttachedToId })
            {
                if (reference is not null && !ids.Contains(reference))
                {
                    context.Problem(
                        BpmnProblemCodes.DanglingReference,
                        $"{BpmnKinds.GermanArticle(element.Kind)} {BpmnKinds.GermanName(element.Kind)} „{element.Id}“ verweist auf „{reference}“, das es nicht gibt.",
                        element.Id);
                }
            }

            if ((element.Kind is BpmnElementKind.SequenceFlow or BpmnElementKind.MessageFlow or BpmnElementKind.Association) && (element.SourceId is null || element.TargetId is null))
            {
                context.Problem(BpmnProblemCodes.DanglingReference, $"Die Verbindung „{element.Id}“ hat keine Quelle oder kein Ziel.", element.Id);
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
