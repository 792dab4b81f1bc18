using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Werkstatt.Service.Dossiers.Writer;

/// <summary>
/// The layout position in the document being written: the current page, its graphics and the next free y. Blocks ask
/// <see cref="Ensure"/> for their height and get a new page when it does not fit.
/// </summary>
internal sealed class PageCursor(PdfDocument document, DossierFonts fonts) : IDisposable
{
    public const double Margin = 56;
    public const double HeaderSpace = 22;
    public const double FooterSpace = 22;
    private static readonly XSize A4 = new(595.28, 841.89);

    private XGraphics? _gfx;

    public PdfDocument Document => document;

    public DossierFonts Fonts => fonts;

    public XGraphics Gfx => _gfx ?? throw new InvalidOperationException("No page yet.");

    public PdfPage Page { get; private set; } = null!;

    /// <summary>1-based number of the current page.</summary>
    public int PageNumber => document.PageCount;

    public XRect Area { get; private set; }

    public double Y { get; set; }

    public bool AtTop => Y <= Area.Top + 0.01;

    public void NewPage(bool landscape = false)
    {
        _gfx?.Dispose();
        Page = document.AddPage();
        var size = landscape ? new XSize(A4.Height, A4.Width) : A4;
        Page.Width = XUnit.FromPoint(size.Width);
        Page.Height = XUnit.FromPoint(size.Height);
        _gfx = XGraphics.FromPdfPage(Page);
        Area = new XRect(Margin, Margin + HeaderSpace, size.Width - (2 * Margin), size.Height - (2 * Margin) - HeaderSpace - FooterSpace);
        Y = Area.Top;
    }

    public bool Fits(double height) => Y + height <= Area.Bottom + 0.01;

    /// <summary>Starts a new page unless <paramref name="height"/> fits below the current position.</summary>
    public void Ensure(double height)
    {
        if (!Fits(height) && !AtTop)
        {
            NewPage();
        }
    }

    public void Space(double height) => Y = Math.Min(Y + height, Area.Bottom);

    public static double LineHeight(XFont font) => font.Size * 1.35;

    /// <summary>Wrapped text at the cursor, breaking pages between lines.</summary>
    public void Paragraph(string text, XFont font, double indent = 0, XBrush? brush = null)
    {
        var height = LineHeight(font);
        foreach (var line in TextWrap.Lines(Gfx, text, font, Area.Width - indent))
        {
            Ensure(height);
            Gfx.DrawString(line, font, brush ?? XBrushes.Black, new XRect(Area.Left + indent, Y, Area.Width - indent, height), XStringFormats.TopLeft);
            Y += height;
        }
    }

    /// <summary>A heading kept together with at least <paramref name="keepWith"/> points of what follows.</summary>
    public void Heading(string text, XFont font, double keepWith = 40)
    {
        var lines = TextWrap.Lines(Gfx, text, font, Area.Width);
        Ensure((lines.Count * LineHeight(font)) + keepWith);
        if (!AtTop)
        {
            Space(font.Size * 0.6);
        }

        Paragraph(text, font);
        Space(font.Size * 0.3);
    }

    public void Dispose() => _gfx?.Dispose();
}
