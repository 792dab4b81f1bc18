using System.Globalization;
using PdfSharp.Drawing;

namespace Werkstatt.Service.Dossiers.Pdf;

/// <summary>Turns the drawing contract's "#rrggbb" colours into PDFsharp colours; anything else is black.</summary>
public static class PdfColors
{
    public static XColor Parse(string? color)
    {
        if (color is { Length: 7 } && color[0] == '#'
            && int.TryParse(color.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
        {
            return XColor.FromArgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
        }

        return XColors.Black;
    }

    /// <summary>Null, empty and "none" mean no fill.</summary>
    public static XBrush? Fill(string? color) =>
        string.IsNullOrWhiteSpace(color) || color.Equals("none", StringComparison.OrdinalIgnoreCase) ? null : new XSolidBrush(Parse(color));
}
