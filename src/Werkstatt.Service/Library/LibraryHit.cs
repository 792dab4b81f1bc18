namespace Werkstatt.Service.Library;

/// <summary>One search result: the entry with its latest version's members and Werkstatt.</summary>
public sealed record LibraryHit(
    Guid Id, string Name, string? LeikaKey, string? Topic, IReadOnlyList<string> Members, string? WerkstattTitle, DateOnly LatestOn, int VersionCount, int ReuseCount);
