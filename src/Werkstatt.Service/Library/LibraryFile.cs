using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Library;

/// <summary>
/// The bytes of one library BPMN file, stored once per network and SHA-256 (the same file in two versions is kept
/// once; the onboarding import recognises files it already has). Apart from the entry so searching never loads files.
/// </summary>
public sealed class LibraryFile
{
    private LibraryFile()
    {
    }

    public LibraryFile(NetworkId networkId, string sha256, string fileName, byte[] content, DateTimeOffset storedAt)
    {
        NetworkId = networkId;
        Sha256 = sha256;
        FileName = fileName;
        Content = content;
        StoredAt = storedAt;
    }

    public NetworkId NetworkId { get; private set; }

    public string Sha256 { get; private set; } = string.Empty;

    public string FileName { get; private set; } = string.Empty;

    public byte[] Content { get; private set; } = [];

    public DateTimeOffset StoredAt { get; private set; }
}
