using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Werkstatt.Domain.Library;
using Werkstatt.Service.Dossiers.Pdf;
using Werkstatt.Service.Dossiers.Writer;

namespace Werkstatt.Service.Library;

/// <summary>A profile (Steckbrief) as a small A4 PDF, with the dossier's PDFsharp setup and shipped fonts.</summary>
public static class LibraryProfilePdf
{
    private const double Margin = 56;

    public static byte[] Write(string entryName, LibraryVersion version, LibraryProfile profile)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(profile);
        using var document = PdfSetup.NewDocument();
        document.Info.Title = $"Prozesssteckbrief: {entryName} ({profile.MemberName})";
        document.Info.Author = "Werkstatt – Prozessbibliothek";
        document.Language = "de-DE";
        var title = DossierFonts.Make(16, XFontStyleEx.Bold);
        var label = DossierFonts.Make(9.5, XFontStyleEx.Bold);
        var body = DossierFonts.Make(9.5, XFontStyleEx.Regular);
        var small = DossierFonts.Make(8, XFontStyleEx.Regular);

        PdfPage page = null!;
        XGraphics gfx = null!;
        double y = 0;
        void NewPage()
        {
            gfx?.Dispose();
            page = document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            gfx = XGraphics.FromPdfPage(page);
            y = Margin;
        }

        void Line(string text, XFont font, double x, double width)
        {
            foreach (var line in TextWrap.Lines(gfx, text, font, width))
            {
                if (y > page.Height.Point - Margin)
                {
                    NewPage();
                }

                gfx.DrawString(line, font, XBrushes.Black, new XPoint(x, y + font.Height * 0.8));
                y += font.Height * 1.2;
            }
        }

        NewPage();
        var width = page.Width.Point - (2 * Margin);
        Line($"Prozesssteckbrief: {entryName}", title, Margin, width);
        var held = version.HeldOn?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        Line($"{profile.MemberName} · Version {version.Number}{(version.WerkstattTitle is null ? string.Empty : $" · {version.WerkstattTitle}")}{(held is null ? string.Empty : $" · {held}")}", small, Margin, width);
        y += 10;
        foreach (var field in profile.Fields)
        {
            var top = y;
            Line(field.Label, label, Margin, 150);
            var afterLabel = y;
            y = top;
            Line(field.Value, body, Margin + 160, width - 160);
            y = Math.Max(y, afterLabel) + 4;
        }

        gfx.Dispose();
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }
}
