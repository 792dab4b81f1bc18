using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Library;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Registers.Library;

/// <summary>The network's library entries as registers see them: name, LeiKa key, the members that modelled a version and who imported it.</summary>
public sealed class LibraryEntryCatalog(WerkstattDbContext db) : ILibraryCatalog
{
    public async Task<LibraryCatalogView> ForNetworkAsync(NetworkId network, CancellationToken cancellationToken)
    {
        var entries = await db.Set<LibraryEntry>().AsNoTracking().Where(e => e.NetworkId == network).ToListAsync(cancellationToken);
        if (entries.Count == 0)
        {
            return LibraryCatalogView.Empty;
        }

        var processes = entries
            .Select(e => new LibraryProcess(e.Id.ToString(), e.Name, LeikaKey.Optional(e.LeikaKey), Members(e.MemberIds)))
            .ToList();
        var imported = entries
            .SelectMany(e => e.Imports.Select(i => (i.MemberId, Id: e.Id.ToString())))
            .GroupBy(i => i.MemberId)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(i => i.Id).ToHashSet(StringComparer.Ordinal));
        return new LibraryCatalogView(processes, imported);
    }

    private static HashSet<MemberId> Members(string ids) =>
        ids.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(s => Guid.TryParse(s, out var g) && g != Guid.Empty ? new MemberId(g) : (MemberId?)null)
            .OfType<MemberId>().ToHashSet();
}
