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
}
