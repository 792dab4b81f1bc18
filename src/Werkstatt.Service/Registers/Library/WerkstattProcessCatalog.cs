using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Staffing;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Registers.Library;

/// <summary>
/// Stand-in until the library exists: the network has "modelled" the processes derived in its Werkstätten that
/// reached the workshop (Durchführung, Nachbereitung, Veröffentlicht); modellers come from the confirmed assignment.
/// Nobody has imported anything yet.
/// </summary>
public sealed class WerkstattProcessCatalog(WerkstattDbContext db) : ILibraryCatalog
{
    private static readonly Phase[] Past = [Phase.Workshop, Phase.FollowUp, Phase.Published];

    public async Task<LibraryCatalogView> ForNetworkAsync(NetworkId network, CancellationToken cancellationToken)
    {
        var werkstaetten = await db.Werkstaetten.AsNoTracking()
            .Where(w => w.NetworkId == network && Past.Contains(w.Phase))
            .Select(w => w.Id).ToListAsync(cancellationToken);
        if (werkstaetten.Count == 0)
        {
            return LibraryCatalogView.Empty;
        }

        var processes = await db.Set<Process>().AsNoTracking().Where(p => werkstaetten.Contains(p.WerkstattId)).ToListAsync(cancellationToken);
        var plans = await db.Set<StaffingPlan>().AsNoTracking().Where(p => werkstaetten.Contains(p.WerkstattId)).ToListAsync(cancellationToken);
        var modellers = plans.SelectMany(p => p.Cells).GroupBy(c => c.ProcessId).ToDictionary(g => g.Key, g => (IReadOnlySet<MemberId>)g.Select(c => c.MemberId).ToHashSet());
        return new LibraryCatalogView(
            processes.Select(p => new LibraryProcess(p.Id.ToString(), p.Name, p.LeikaKey, modellers.GetValueOrDefault(p.Id) ?? new HashSet<MemberId>())).ToList(),
            new Dictionary<MemberId, IReadOnlySet<string>>());
    }
}
