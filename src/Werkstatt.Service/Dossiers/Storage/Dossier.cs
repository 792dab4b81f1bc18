namespace Werkstatt.Service.Dossiers.Storage;

/// <summary>
/// One built version of a Werkstatt's pre-read dossier. The PDF lies under the storage directory
/// (<see cref="FileName"/> relative to it); <see cref="Sha256"/> is checked when it is read back.
/// </summary>
public sealed class Dossier
{
    public const int ReasonMaxLength = 4000;
    public const int FileNameMaxLength = 300;

    public Guid Id { get; set; }

    public Guid WerkstattId { get; set; }

    public Guid NetworkId { get; set; }

    /// <summary>1, 2, 3 … per Werkstatt (unique).</summary>
    public int Number { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>What changed against the version before, in German (the first version: that it was released).</summary>
    public string Reason { get; set; } = string.Empty;

    public string FileName { get; set; } = string.Empty;

    public long SizeBytes { get; set; }

    public string Sha256 { get; set; } = string.Empty;

    public int PageCount { get; set; }

    /// <summary>The compared state (<see cref="DossierSummary"/> as JSON) from which the next version's "what changed" is derived.</summary>
    public string Summary { get; set; } = string.Empty;

    /// <summary>SHA-256 of the content's <see cref="DossierSummary"/> (what readers see).</summary>
    public string Fingerprint { get; set; } = string.Empty;

    /// <summary>
    /// <see cref="Inputs.DossierFingerprint"/> of the inputs this version was built from (or found unchanged by); empty for
    /// versions from before it existed. The change detector assembles the dossier only when the inputs' fingerprint differs.
    /// </summary>
    public string InputFingerprint { get; set; } = string.Empty;
}
