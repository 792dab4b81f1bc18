namespace Werkstatt.Service.Dossiers;

/// <summary>What one pass of the change detector did: Werkstätten looked at, dossiers assembled to compare, builds queued.</summary>
public sealed record DossierChangeCheck(int Checked, int Assembled, int Queued);
