namespace Werkstatt.Service.Dossiers;

/// <summary>One stored version as the download page lists it.</summary>
public sealed record DossierVersionView(int Number, DateTimeOffset CreatedAt, string Reason, long SizeBytes, int PageCount);
