using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Registers.Library;

/// <summary>The library of one network as registers need it: its processes and, per member, the library ids it imported.</summary>
public sealed record LibraryCatalogView(IReadOnlyList<LibraryProcess> Processes, IReadOnlyDictionary<MemberId, IReadOnlySet<string>> ImportedBy)
{
    public static LibraryCatalogView Empty { get; } = new([], new Dictionary<MemberId, IReadOnlySet<string>>());

    public bool Imported(MemberId member, string libraryId) => ImportedBy.TryGetValue(member, out var ids) && ids.Contains(libraryId);
}
