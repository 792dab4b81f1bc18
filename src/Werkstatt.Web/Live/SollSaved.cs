namespace Werkstatt.Web.Live;

/// <summary>A saved version as the group hears of it: number, the aggregate's new version, who, and the findings' messages.</summary>
public sealed record SollSaved(int Number, int Version, string By, IReadOnlyList<string> Findings);
