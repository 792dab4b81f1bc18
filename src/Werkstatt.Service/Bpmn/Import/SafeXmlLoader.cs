using System.Xml;
using System.Xml.Linq;

namespace Werkstatt.Service.Bpmn.Import;

/// <summary>
/// Reads untrusted XML into an <see cref="XElement"/> tree with a streaming <see cref="XmlReader"/>: no DTD, no resolver,
/// and limits on bytes, characters, element count and depth checked while reading (so a hostile file never
/// materialises). Throws <see cref="BpmnRefusedException"/>.
/// </summary>
internal static class SafeXmlLoader
{
    private static readonly XNamespace XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    public static XElement Load(Stream stream, BpmnImportOptions options)
    {
        if (stream.CanSeek && stream.Length - stream.Position > options.MaxBytes)
        {
            throw new BpmnRefusedException(BpmnRefusalCode.TooLarge, ImportMessages.TooLarge(options.MaxBytes));
        }

        var limited = new LimitedStream(stream, options.MaxBytes);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = options.MaxBytes,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        };
        XElement? root = null;
        try
        {
            using var reader = XmlReader.Create(limited, settings);
            root = Read(reader, options);
            return root ?? throw new BpmnRefusedException(BpmnRefusalCode.Empty, ImportMessages.Empty);
        }
        catch (XmlException ex)
        {
            throw Classify(ex, limited, started: ex.Data.Contains(RootStarted));
        }
    }

    private const string RootStarted = "werkstatt-root-started";

    private static XElement? Read(XmlReader reader, BpmnImportOptions options)
    {
        var stack = new Stack<XElement>();
        XElement? root = null;
        var count = 0;
        try
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        if (++count > options.MaxElements)
                        {
                            throw new BpmnRefusedException(BpmnRefusalCode.TooManyElements, ImportMessages.TooManyElements(options.MaxElements));
                        }

                        if (reader.Depth >= options.MaxDepth)
                        {
                            throw new BpmnRefusedException(BpmnRefusalCode.TooDeep, ImportMessages.TooDeep(options.MaxDepth));
                        }

                        var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
                        var empty = reader.IsEmptyElement;
                        CopyAttributes(reader, element);
                        if (stack.Count > 0)
                        {
                            stack.Peek().Add(element);
                        }
                        else
                        {
                            root = element;
                        }

                        if (!empty)
                        {
                            stack.Push(element);
                        }

                        break;
                    case XmlNodeType.EndElement:
                        stack.Pop();
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace when stack.Count > 0:
                        stack.Peek().Add(new XText(reader.Value));
                        break;
                }
            }
        }
        catch (XmlException ex) when (root is not null)
        {
            ex.Data[RootStarted] = true;
            throw;
        }

        return root;
    }

    private static void CopyAttributes(XmlReader reader, XElement element)
    {
        if (!reader.MoveToFirstAttribute())
        {
            return;
        }

        do
        {
            if (reader.NamespaceURI == XmlnsNamespace.NamespaceName)
            {
                // Namespace declarations are kept so that prefixed references ("ns:Task_1") can be resolved later.
                element.Add(reader.Prefix.Length == 0 ? new XAttribute("xmlns", reader.Value) : new XAttribute(XNamespace.Xmlns + reader.LocalName, reader.Value));
            }
            else
            {
                element.Add(new XAttribute(XName.Get(reader.LocalName, reader.NamespaceURI), reader.Value));
            }
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
    }

    private static BpmnRefusedException Classify(XmlException ex, LimitedStream stream, bool started)
    {
        // DtdProcessing.Prohibit reports a DOCTYPE with this exception before the root element; its text names the DTD.
        if (!started && ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            return new BpmnRefusedException(BpmnRefusalCode.DtdProhibited, ImportMessages.Dtd);
        }

        if (stream.BytesRead == 0)
        {
            return new BpmnRefusedException(BpmnRefusalCode.Empty, ImportMessages.Empty);
        }

        // An error on the file's last line after the root element began: the file stops in the middle of the XML.
        if (started && stream.ReachedEnd && ex.LineNumber >= stream.LineCount)
        {
            return new BpmnRefusedException(BpmnRefusalCode.Truncated, ImportMessages.Truncated);
        }

        return started
            ? new BpmnRefusedException(BpmnRefusalCode.NotXml, ImportMessages.Malformed(ex.LineNumber, ex.LinePosition))
            : new BpmnRefusedException(BpmnRefusalCode.NotXml, ImportMessages.NotXml);
    }
}
