namespace Werkstatt.Service.Dossiers.Storage;

/// <summary>
/// A durable "please build the dossier" written in the transaction that caused it (the release, a detected change);
/// the build loop claims it, builds and marks it done. <see cref="Key"/> is unique, so a release happens once and the
/// same change is not queued twice by two instances.
/// </summary>
public sealed class DossierRequest
{
    public const int KeyMaxLength = 200;
    public const int ByMaxLength = 200;
    public const int ErrorMaxLength = 2000;

    public Guid Id { get; set; }

    public Guid WerkstattId { get; set; }

    public string Key { get; set; } = string.Empty;

    public DossierRequestKind Kind { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public string RequestedBy { get; set; } = string.Empty;

    public string? ClaimedBy { get; set; }

    public DateTimeOffset? ClaimedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public Guid? DossierId { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public static string ReleaseKey(Guid werkstattId) => $"release:{werkstattId:N}";

    public static string ChangeKey(Guid werkstattId, string fingerprint) => $"change:{werkstattId:N}:{fingerprint}";
}
