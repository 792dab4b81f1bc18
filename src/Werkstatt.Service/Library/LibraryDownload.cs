namespace Werkstatt.Service.Library;

/// <summary>A file to hand out: name, MIME type, bytes.</summary>
public sealed record LibraryDownload(string FileName, string ContentType, byte[] Content);
