using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Werkstatt.Service.Dossiers.Pdf;

/// <summary>
/// Resolves every font request to DejaVu Sans, embedded in this assembly (Debian's fonts-dejavu-core, licence in
/// <c>Dossiers/Pdf/Fonts/LICENSE-DejaVu.txt</c>), so a PDF looks the same on every machine.
/// </summary>
public sealed class ShippedFontResolver : IFontResolver
{
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private const string Oblique = "DejaVuSans-Oblique";

    private static readonly ConcurrentDictionary<string, byte[]> Cache = new(StringComparer.Ordinal);

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (bold)
        {
            // No bold oblique face shipped: bold wins, the slant is simulated.
            return italic ? new FontResolverInfo(Bold, mustSimulateBold: false, mustSimulateItalic: true) : new FontResolverInfo(Bold);
        }

        return new FontResolverInfo(italic ? Oblique : Regular);
    }

    public byte[]? GetFont(string faceName) => Cache.GetOrAdd(faceName, Load);

    private static byte[] Load(string faceName)
    {
        var name = $"fonts/{faceName}.ttf";
        using var stream = typeof(ShippedFontResolver).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Font resource {name} is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
