using System.Text;
using System.Xml;
using Werkstatt.Service.Bpmn.Drawing;

namespace Werkstatt.Service.Bpmn.Svg;

/// <summary>One SVG element per drawing primitive.</summary>
internal static class SvgItems
{
    private const string Ns = "http://www.w3.org/2000/svg";

    public static void Write(XmlWriter xml, DrawItem item, string? highlight, bool highlighted)
    {
        switch (item)
        {
            case RectItem r:
                Start(xml, "rect", item, highlighted);
                Attr(xml, "x", r.Box.X);
                Attr(xml, "y", r.Box.Y);
                Attr(xml, "width", r.Box.Width);
                Attr(xml, "height", r.Box.Height);
                if (r.CornerRadius > 0)
                {
                    Attr(xml, "rx", r.CornerRadius);
                }

                Paint(xml, r.Pen, r.Fill, highlight);
                break;
            case EllipseItem e:
                Start(xml, "ellipse", item, highlighted);
                Attr(xml, "cx", e.Center.X);
                Attr(xml, "cy", e.Center.Y);
                Attr(xml, "rx", e.RadiusX);
                Attr(xml, "ry", e.RadiusY);
                Paint(xml, e.Pen, e.Fill, highlight);
                break;
            case PolygonItem p:
                Start(xml, "polygon", item, highlighted);
                xml.WriteAttributeString("points", Points(p.Points));
                Paint(xml, p.Pen, p.Fill, highlight);
                break;
            case LineItem l:
                Start(xml, "polyline", item, highlighted);
                xml.WriteAttributeString("points", Points(l.Points));
                Paint(xml, l.Pen, null, highlight);
                break;
            case PathItem path:
                Start(xml, "path", item, highlighted);
                xml.WriteAttributeString("d", PathData(path.Commands));
                Paint(xml, path.Pen, path.Fill, highlight);
                break;
            case TextItem t:
                Text(xml, t, highlighted);
                return;
            default:
                return;
        }

        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, TextItem t, bool highlighted)
    {
        Start(xml, "text", t, highlighted);
        var lineHeight = t.FontSize * TextMeasure.LineSpacing;
        var c = t.Box.Center;

        // A vertical label is laid out in the box turned by -90° about its centre.
        var box = t.Vertical ? new DrawBox(c.X - (t.Box.Height / 2), c.Y - (t.Box.Width / 2), t.Box.Height, t.Box.Width) : t.Box;
        if (t.Vertical)
        {
            xml.WriteAttributeString("transform", $"rotate(-90 {SvgWriter.N(c.X)} {SvgWriter.N(c.Y)})");
        }

        Attr(xml, "font-size", t.FontSize);
        if (t.Bold)
        {
            xml.WriteAttributeString("font-weight", "bold");
        }

        xml.WriteAttributeString("fill", SvgWriter.Color(t.Color));
        var centered = t.Align == TextAlign.Center;
        if (centered)
        {
            xml.WriteAttributeString("text-anchor", "middle");
        }

        for (var i = 0; i < t.Lines.Count; i++)
        {
            xml.WriteStartElement("tspan", Ns);
            Attr(xml, "x", centered ? box.Center.X : box.X);
            Attr(xml, "y", box.Y + (i * lineHeight) + (lineHeight * 0.8));
            xml.WriteString(SvgWriter.Clean(t.Lines[i]));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Start(XmlWriter xml, string name, DrawItem item, bool highlighted)
    {
        xml.WriteStartElement(name, Ns);
        if (item.ElementId is not null)
        {
            xml.WriteAttributeString("data-element-id", SvgWriter.Clean(item.ElementId));
        }

        if (highlighted)
        {
            xml.WriteAttributeString("class", "bpmn-finding");
        }
    }

    private static void Paint(XmlWriter xml, Pen pen, string? fill, string? highlight)
    {
        xml.WriteAttributeString("fill", fill is null ? "none" : SvgWriter.Color(fill));
        xml.WriteAttributeString("stroke", highlight ?? SvgWriter.Color(pen.Color));
        Attr(xml, "stroke-width", highlight is null ? pen.Width : Math.Max(pen.Width, 2.5));
        switch (pen.Style)
        {
            case LineStyle.Dashed:
                xml.WriteAttributeString("stroke-dasharray", "6 4");
                break;
            case LineStyle.Dotted:
                xml.WriteAttributeString("stroke-dasharray", "1.5 3");
                xml.WriteAttributeString("stroke-linecap", "round");
                break;
        }

        xml.WriteAttributeString("stroke-linejoin", "round");
    }

    private static void Attr(XmlWriter xml, string name, double value) => xml.WriteAttributeString(name, SvgWriter.N(value));

    private static string Points(IReadOnlyList<DrawPoint> points) => string.Join(' ', points.Select(p => $"{SvgWriter.N(p.X)},{SvgWriter.N(p.Y)}"));

    private static string PathData(IReadOnlyList<PathCommand> commands)
    {
        var d = new StringBuilder(commands.Count * 16);
        foreach (var command in commands)
        {
            _ = command switch
            {
                MoveTo m => d.Append('M').Append(SvgWriter.N(m.To.X)).Append(' ').Append(SvgWriter.N(m.To.Y)).Append(' '),
                LineTo l => d.Append('L').Append(SvgWriter.N(l.To.X)).Append(' ').Append(SvgWriter.N(l.To.Y)).Append(' '),
                CurveTo c => d.Append('C').Append(SvgWriter.N(c.Control1.X)).Append(' ').Append(SvgWriter.N(c.Control1.Y)).Append(' ')
                    .Append(SvgWriter.N(c.Control2.X)).Append(' ').Append(SvgWriter.N(c.Control2.Y)).Append(' ')
                    .Append(SvgWriter.N(c.To.X)).Append(' ').Append(SvgWriter.N(c.To.Y)).Append(' '),
                ClosePath => d.Append("Z "),
                _ => d,
            };
        }

        return d.ToString().TrimEnd();
    }
}
