namespace Werkstatt.Service.Dossiers;

/// <summary>A PDF to download, with the file name the browser should save it under.</summary>
public sealed record DossierFile(string FileName, byte[] Content);
