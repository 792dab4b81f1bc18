using Werkstatt.Domain.Network;
using Werkstatt.Domain.Registers;
using Werkstatt.Service.Registers.Library;

namespace Werkstatt.Service.Registers;

/// <summary>How much of a member's register the network has modelled, which models it imported, and what to do next.</summary>
public sealed record RegisterCoverage(int Active, int Covered, int Imported, IReadOnlyList<EntryCoverage> Entries, IReadOnlyList<EntryCoverage> Next)
{
    public const int NextCount = 10;

    public int Percent => Active == 0 ? 0 : (int)Math.Round(100.0 * Covered / Active, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Next: active entries still only recorded, ordered by the member's priority (high first, none last), then by case
    /// volume; among equals, one the library already covers comes first (it can be imported rather than modelled).
    /// </summary>
    public static RegisterCoverage Of(Register register, MemberId member, LibraryIndex library)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(library);
        var entries = register.Entries.Where(e => !e.IsStruck).Select(e =>
        {
            var found = library.Find(e);
            return new EntryCoverage(e, found, found is not null && library.Catalog.Imported(member, found.Id));
        }).ToList();
        var next = entries
            .Where(c => c.Entry.Status == ProcessStatus.Recorded && !c.Imported)
            .OrderBy(c => c.Entry.Priority is { } p ? (int)p : int.MaxValue)
            .ThenByDescending(c => c.Entry.CaseVolume ?? -1)
            .ThenBy(c => c.Library is null)
            .ThenBy(c => c.Entry.Position)
            .Take(NextCount)
            .ToList();
        return new RegisterCoverage(entries.Count, entries.Count(c => c.Library is not null), entries.Count(c => c.Imported), entries, next);
    }
}
