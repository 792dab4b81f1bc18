using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Werkstatt.Service.Hosting;

namespace Werkstatt.Service.Dossiers;

/// <summary>The dossier PDFs under <c>{Storage:DataDirectory}/dossiers/{werkstatt}/</c>; written atomically, read back with their hash checked.</summary>
public sealed class DossierFiles(IOptions<StorageOptions> storage)
{
    public static string RelativeName(Guid werkstattId, int number) => $"dossiers/{werkstattId:N}/vorabunterlagen-v{number}.pdf";

    public async Task<(long Size, string Sha256)> WriteAsync(string relativeName, byte[] pdf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var path = FullPath(relativeName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temp, pdf, cancellationToken);
        File.Move(temp, path, overwrite: true);
        return (pdf.LongLength, Convert.ToHexStringLower(SHA256.HashData(pdf)));
    }

    /// <summary>The file's bytes, or null when it is missing or does not match <paramref name="sha256"/>.</summary>
    public async Task<byte[]?> ReadAsync(string relativeName, string sha256, CancellationToken cancellationToken)
    {
        var path = FullPath(relativeName);
        if (!File.Exists(path))
        {
            return null;
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return Convert.ToHexStringLower(SHA256.HashData(bytes)) == sha256 ? bytes : null;
    }

    public string FullPath(string relativeName)
    {
        var root = Path.GetFullPath(storage.Value.FullDataDirectory);
        var path = Path.GetFullPath(Path.Combine(root, relativeName));
        return path.StartsWith(root, StringComparison.Ordinal) ? path : throw new InvalidOperationException("Dossier path outside the storage directory.");
    }
}
