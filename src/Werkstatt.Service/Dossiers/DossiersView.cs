namespace Werkstatt.Service.Dossiers;

/// <summary>
/// The dossier state of a Werkstatt for one reader: released or not, a build under way, the versions they may see
/// (coordinators all, everyone else the latest) and whether they may release.
/// </summary>
public sealed record DossiersView(Guid WerkstattId, string WerkstattTitle, bool Released, bool BuildPending, bool CanRelease, string? ReleaseBlocker, IReadOnlyList<DossierVersionView> Versions)
{
    /// <summary>Why the last attempt of a build still pending failed, in German with the time of the next attempt; null when none failed.</summary>
    public string? BuildProblem { get; init; }
}
