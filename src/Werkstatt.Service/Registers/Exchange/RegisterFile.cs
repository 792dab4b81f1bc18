namespace Werkstatt.Service.Registers.Exchange;

/// <summary>An exported register: content, file name and media type.</summary>
public sealed record RegisterFile(byte[] Content, string FileName, string ContentType);
