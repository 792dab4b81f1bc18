using PdfSharp;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Werkstatt.Service.Dossiers.Pdf;

/// <summary>
/// PDFsharp's process-wide settings, made once: the AGPL licence (PDFsharp throws without one; this project is
/// AGPL-3.0-or-later) and the resolver for the fonts shipped with the assembly.
/// </summary>
public static class PdfSetup
{
    private static readonly Lazy<bool> Done = new(() =>
    {
        PdfSharpLicense.SetAgplLicense();
        GlobalFontSettings.FontResolver = new ShippedFontResolver();
        return true;
    });

    public static void EnsureInitialized() => _ = Done.Value;

    /// <summary>A new document with our options.</summary>
    public static PdfDocument NewDocument()
    {
        EnsureInitialized();
        var document = new PdfDocument();
        // PDFsharp 6.5 on .NET 10 ends its deflate streams without the final block (qpdf --check warns: "input stream
        // is complete but output may still be valid"), so the dossier is written uncompressed.
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;
        return document;
    }
}
