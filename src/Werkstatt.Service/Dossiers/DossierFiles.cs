using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Werkstatt.Service.Hosting;

namespace Werkstatt.Service.Dossiers;

/// <summary>The dossier PDFs under <c>{Storage:DataDirectory}/dossiers/{werkstatt}/</c>; written atomically, read back with their hash checked.</summary>
public sealed class DossierFiles(IOptions<StorageOptions> storage)
{
    /// <summary>A name of its own for every build (the suffix), so a build that loses its claim never overwrites the version that won.</summary>
    public static string RelativeName(Guid werkstattId, int number) => $"dossiers/{werkstattId:N}/vorabunterlagen-v{number}-{Guid.NewGuid().ToString("N")[..8]}.pdf";

    public async Task<(long Size, string Sha256)> WriteAsync(string relativeName, byte[] pdf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var path = FullPath(relativeName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await File.WriteAllBytesAsync(temp, pdf, cancellationToken);
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            // Disk full or cancelled: no half-written file stays behind (nor takes the space the retry needs).
            File.Delete(temp);
            throw;
        }

        return (pdf.LongLength, Convert.ToHexStringLower(SHA256.HashData(pdf)));
    }

    /// <summary>
    /// Removes what builds of version <paramref name="number"/> left behind without storing it (a killed process's file or
    /// temp file). Only called by the holder of the build (<see cref="DossierBuildLock"/>) while no row has that number.
    /// </summary>
    public void DeleteLeftovers(Guid werkstattId, int number)
    {
        var directory = Path.GetDirectoryName(FullPath(RelativeName(werkstattId, number)))!;
        if (!Directory.Exists(directory))
        {
            return;
        }

        foreach (var file in Directory.GetFiles(directory, $"vorabunterlagen-v{number}-*"))
        {
            File.Delete(file);
        }
    }

    /// <summary>Removes a file that did not become a version; a file that cannot be removed is only logged by the caller's retry.</summary>
    public void Delete(string relativeName)
    {
        try
        {
            File.Delete(FullPath(relativeName));
        }
        catch (IOException)
        {
        }
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
