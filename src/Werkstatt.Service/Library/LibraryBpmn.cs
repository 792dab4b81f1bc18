using System.Security.Cryptography;
using Werkstatt.Service.Bpmn.Import;

namespace Werkstatt.Service.Library;

/// <summary>Reads a BPMN file for the library: the element names (searched) and count, or the importer's German refusal.</summary>
public static class LibraryBpmn
{
    public static LibraryBpmnRead Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var result = BpmnImporter.Import(content);
        if (result.Model is null)
        {
            return new LibraryBpmnRead(null, [], 0, result.Refusal?.Message ?? "Die Datei konnte nicht gelesen werden.");
        }

        var labels = result.Model.Elements.Select(e => e.Name).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal).ToList();
        return new LibraryBpmnRead(result.Model, labels, result.Model.Elements.Count, null);
    }

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
