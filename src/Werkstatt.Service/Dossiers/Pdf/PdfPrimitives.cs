using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Werkstatt.Service.Bpmn.Drawing;

namespace Werkstatt.Service.Dossiers.Pdf;

/// <summary>Draws one primitive of the drawing contract with PDFsharp, in diagram units (the caller sets the transform).</summary>
internal static class PdfPrimitives
{
    public const string FontFamily = "DejaVu Sans";

    public static void Draw(XGraphics gfx, DrawItem item)
    {
        switch (item)
        {
            case RectItem r when r.CornerRadius > 0:
                Shape(gfx, r.Pen, r.Fill, (pen, brush) => gfx.DrawRoundedRectangle(pen, brush, r.Box.X, r.Box.Y, r.Box.Width, r.Box.Height, 2 * r.CornerRadius, 2 * r.CornerRadius));
                break;
            case RectItem r:
                Shape(gfx, r.Pen, r.Fill, (pen, brush) => gfx.DrawRectangle(pen, brush, r.Box.X, r.Box.Y, r.Box.Width, r.Box.Height));
                break;
            case EllipseItem e:
                Shape(gfx, e.Pen, e.Fill, (pen, brush) => gfx.DrawEllipse(pen, brush, e.Center.X - e.RadiusX, e.Center.Y - e.RadiusY, 2 * e.RadiusX, 2 * e.RadiusY));
                break;
            case PolygonItem p when p.Points.Count >= 2:
                Shape(gfx, p.Pen, p.Fill, (pen, brush) => gfx.DrawPolygon(pen, brush, Points(p.Points), XFillMode.Winding));
                break;
            case LineItem l when l.Points.Count >= 2:
                Line(gfx, l);
                break;
            case PathItem path when path.Commands.Count > 0:
                var built = Path(path.Commands);
                Shape(gfx, path.Pen, path.Fill, (pen, brush) => gfx.DrawPath(pen, brush, built));
                break;
            case TextItem t:
                Text(gfx, t);
                break;
            default:
                break;
        }
    }

    public static XPen Pen(Pen pen)
    {
        var x = new XPen(PdfColors.Parse(pen.Color), pen.Width) { LineJoin = XLineJoin.Round };
        switch (pen.Style)
        {
            case LineStyle.Dashed:
                x.DashStyle = XDashStyle.Dash;
                break;
            case LineStyle.Dotted:
                x.DashStyle = XDashStyle.Dot;
                break;
            default:
                break;
        }

        return x;
    }

    private static void Shape(XGraphics gfx, Pen pen, string? fill, Action<XPen?, XBrush?> draw)
    {
        var brush = PdfColors.Fill(fill);
        draw(pen.Width > 0 ? Pen(pen) : null, brush);
    }

    private static void Line(XGraphics gfx, LineItem line)
    {
        var pen = Pen(line.Pen);
        gfx.DrawLines(pen, Points(line.Points));
        var p = line.Points;
        ArrowHeads.Draw(gfx, line.End, p[^2], p[^1], pen);
        ArrowHeads.Draw(gfx, line.Start, p[1], p[0], pen);
    }

    private static XGraphicsPath Path(IReadOnlyList<PathCommand> commands)
    {
        var path = new XGraphicsPath();
        var current = new XPoint(0, 0);
        foreach (var command in commands)
        {
            switch (command)
            {
                case MoveTo m:
                    path.StartFigure();
                    current = new XPoint(m.To.X, m.To.Y);
                    break;
                case LineTo l:
                    var to = new XPoint(l.To.X, l.To.Y);
                    path.AddLine(current, to);
                    current = to;
                    break;
                case CurveTo c:
                    var end = new XPoint(c.To.X, c.To.Y);
                    path.AddBezier(current, new XPoint(c.Control1.X, c.Control1.Y), new XPoint(c.Control2.X, c.Control2.Y), end);
                    current = end;
                    break;
                case ClosePath:
                    path.CloseFigure();
                    break;
                default:
                    break;
            }
        }

        return path;
    }

    private static void Text(XGraphics gfx, TextItem text)
    {
        if (text.Lines.Count == 0 || text.FontSize <= 0)
        {
            return;
        }

        var font = new XFont(FontFamily, text.FontSize, text.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
        var brush = new XSolidBrush(PdfColors.Parse(text.Color));
        var box = text.Box;
        var state = gfx.Save();
        var center = box.Center;

        // Lay the lines out in a box centred on the origin; vertical labels turn that box by -90°, so they read bottom-to-top.
        gfx.TranslateTransform(center.X, center.Y);
        var width = box.Width;
        if (text.Vertical)
        {
            gfx.RotateTransform(-90);
            width = box.Height;
        }

        var lineHeight = text.FontSize * 1.2;
        var top = -(lineHeight * text.Lines.Count) / 2;
        var format = text.Align == TextAlign.Center ? XStringFormats.TopCenter : XStringFormats.TopLeft;
        for (var i = 0; i < text.Lines.Count; i++)
        {
            var rect = new XRect(-width / 2, top + (i * lineHeight), width, lineHeight);
            gfx.DrawString(text.Lines[i], font, brush, rect, format);
        }

        gfx.Restore(state);
    }

    private static XPoint[] Points(IReadOnlyList<DrawPoint> points)
    {
        var result = new XPoint[points.Count];
        for (var i = 0; i < points.Count; i++)
        {
            result[i] = new XPoint(points[i].X, points[i].Y);
        }

        return result;
    }
}
