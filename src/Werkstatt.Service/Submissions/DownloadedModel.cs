namespace Werkstatt.Service.Submissions;

/// <summary>The stored bytes of one model version, as uploaded.</summary>
public sealed record DownloadedModel(string FileName, byte[] Content);
