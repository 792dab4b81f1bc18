namespace Werkstatt.Service.Submissions;

/// <summary>What changed from one model version to a later one: elements added, removed, renamed; connections counted.</summary>
public sealed record VersionDiff(
    int From, int To, IReadOnlyList<DiffEntry> Added, IReadOnlyList<DiffEntry> Removed, IReadOnlyList<DiffEntry> Renamed,
    int ConnectionsAdded, int ConnectionsRemoved)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Renamed.Count == 0 && ConnectionsAdded == 0 && ConnectionsRemoved == 0;
}
