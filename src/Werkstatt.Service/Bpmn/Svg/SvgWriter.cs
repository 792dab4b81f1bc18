using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Werkstatt.Service.Bpmn.Drawing;

namespace Werkstatt.Service.Bpmn.Svg;

/// <summary>
/// Writes a <see cref="Drawing.Drawing"/> as a standalone SVG that is safe to inline: every string from the model goes
/// through <see cref="XmlWriter"/> (escaped text and attribute values), colours are checked, nothing else from the input
/// becomes markup. Each primitive carries <c>data-element-id</c>.
/// </summary>
public static partial class SvgWriter
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    private const string FontFamily = "DejaVu Sans, Liberation Sans, Arial, sans-serif";

    public static string Write(Drawing.Drawing drawing, SvgOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(drawing);
        options ??= SvgOptions.Default;
        var builder = new StringBuilder(drawing.Items.Count * 120);
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false, CheckCharacters = false };
        using (var xml = XmlWriter.Create(builder, settings))
        {
            var b = drawing.Bounds;
            var width = options.Width ?? b.Width;
            var height = b.Width > 0 ? width * b.Height / b.Width : b.Height;
            var titleId = SafeId(options.IdPrefix) + "-title";
            xml.WriteStartElement("svg", SvgNamespace);
            xml.WriteAttributeString("viewBox", $"{N(b.X)} {N(b.Y)} {N(b.Width)} {N(b.Height)}");
            xml.WriteAttributeString("width", N(width));
            xml.WriteAttributeString("height", N(height));
            xml.WriteAttributeString("role", "img");
            xml.WriteAttributeString("aria-labelledby", titleId);
            xml.WriteAttributeString("class", "bpmn-drawing");
            xml.WriteAttributeString("font-family", FontFamily);
            xml.WriteStartElement("title", SvgNamespace);
            xml.WriteAttributeString("id", titleId);
            xml.WriteString(Clean(drawing.Title));
            xml.WriteEndElement();
            foreach (var item in drawing.Items)
            {
                var highlighted = item.ElementId is not null && options.Highlight.Contains(item.ElementId);
                var color = highlighted ? Color(options.HighlightColor) : null;
                SvgItems.Write(xml, item, color, highlighted);
                if (item is LineItem line)
                {
                    foreach (var decoration in LineDecorations.For(line))
                    {
                        SvgItems.Write(xml, decoration, color, highlighted);
                    }
                }
            }

            xml.WriteEndElement();
        }

        return builder.ToString();
    }

    internal static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A colour as written into attributes: only "#rgb"/"#rrggbb" pass; anything else becomes black.</summary>
    internal static string Color(string? color) => color is not null && ColorPattern().IsMatch(color) ? color : "#000000";

    /// <summary>Text without control characters that XML 1.0 cannot carry.</summary>
    internal static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(c is '\t' or '\n' or '\r' || (c >= ' ' && !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF') ? c : ' ');
            }
        }

        return builder.ToString();
    }

    private static string SafeId(string prefix) => IdPattern().IsMatch(prefix) ? prefix : "bpmn";

    [GeneratedRegex("^#(?:[0-9a-fA-F]{3}){1,2}$")]
    private static partial Regex ColorPattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,63}$")]
    private static partial Regex IdPattern();
}
