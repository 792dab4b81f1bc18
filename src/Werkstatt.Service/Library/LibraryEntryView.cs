using Werkstatt.Domain.Library;

namespace Werkstatt.Service.Library;

/// <summary>An entry with all its versions (newest first) and who re-uses it.</summary>
public sealed record LibraryEntryView(
    Guid Id, Guid NetworkId, string Name, string? LeikaKey, string? Topic, string Levels, DateOnly LatestOn, int Version,
    IReadOnlyList<LibraryVersion> Versions, IReadOnlyList<LibraryReuse> Reuses)
{
    public LibraryVersion Latest => Versions[0];

    public int ReuseCount => Reuses.Select(r => r.MemberId).Distinct().Count();
}
