using System.ComponentModel.DataAnnotations;

namespace Werkstatt.Service.Dossiers;

/// <summary>Settings of the dossier builds (section <c>Dossiers</c>).</summary>
public sealed class DossierOptions
{
    public const string SectionName = "Dossiers";

    /// <summary>How often released Werkstätten are checked for changes that need a new version.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A failed build (e.g. the disk is full) is tried again after this.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// SQLite: a claimed build not finished after this is taken over (its instance is taken to be dead). PostgreSQL
    /// recognises a dead builder at once by its advisory lock (<see cref="DossierBuildLock"/>) and ignores this.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:30", "01:00:00")]
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The mail about a new version carries the PDF as an attachment when it is smaller than this (bytes; 0 = never).
    /// The link is always in the mail. 5 MB become about 6.8 MB in the mail, below common SMTP limits (10–25 MB);
    /// Graph sendMail sends a message over its 4 MB request limit without the attachment.
    /// </summary>
    [Range(0L, 100_000_000L)]
    public long AttachUpToBytes { get; set; } = 5_000_000;
}
