using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Werkstatt.Service.Dossiers.Pdf;

namespace Werkstatt.Service.Dossiers.Writer;

/// <summary>The type scale of the dossier, all in the shipped DejaVu Sans with Unicode encoding (umlauts, ß, dashes, quotes).</summary>
internal sealed class DossierFonts
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public XFont Title { get; } = Make(26, XFontStyleEx.Bold);

    public XFont Subtitle { get; } = Make(15, XFontStyleEx.Regular);

    public XFont Heading1 { get; } = Make(17, XFontStyleEx.Bold);

    public XFont Heading2 { get; } = Make(12.5, XFontStyleEx.Bold);

    public XFont Heading3 { get; } = Make(10.5, XFontStyleEx.Bold);

    public XFont Body { get; } = Make(9.5, XFontStyleEx.Regular);

    public XFont BodyBold { get; } = Make(9.5, XFontStyleEx.Bold);

    public XFont Note { get; } = Make(9.5, XFontStyleEx.Italic);

    public XFont Small { get; } = Make(7.5, XFontStyleEx.Regular);

    public static XFont Make(double size, XFontStyleEx style) => new(PdfPrimitives.FontFamily, size, style, Unicode);
}
