using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Processes;

/// <summary>German descriptions of a process's levels.</summary>
public static class ProcessNames
{
    public static string LevelNames(IEnumerable<MemberLevel> levels) => string.Join(", ", levels.Order().Select(l => l.GermanName()));

    /// <summary>Kreis and town (Stadt or Gemeinde) both take part.</summary>
    public static bool IncludesKreisAndTown(IReadOnlySet<MemberLevel> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        return levels.Contains(MemberLevel.Kreis) && (levels.Contains(MemberLevel.Stadt) || levels.Contains(MemberLevel.Gemeinde));
    }
}
