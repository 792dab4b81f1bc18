namespace Werkstatt.Service.Privacy;

/// <summary>Everything stored about one person, as a JSON document to download (DSGVO Art. 15/20).</summary>
public sealed record PersonDataExport(string FileName, string Json);
