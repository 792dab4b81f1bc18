using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Staffing;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Audit;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Privacy;

/// <summary>
/// Replaces an erased person's name where it was recorded as text ("proposed by", "closed by", phase history,
/// audit trail) within their network. Names, not ids, are stored there, so two people of one network with the same
/// name are both affected – acceptable, since it only removes information.
/// </summary>
internal static class ErasedNames
{
    public static async Task<int> ReplaceAsync(WerkstattDbContext db, NetworkId network, string name, IReadOnlyList<string> userIds, CancellationToken cancellationToken)
    {
        const string Erased = Person.ErasedName;
        var werkstaetten = await db.Werkstaetten.Where(w => w.NetworkId == network).Select(w => w.Id).ToListAsync(cancellationToken);
        var count = 0;
        count += await db.Set<Topic>().Where(t => werkstaetten.Contains(t.WerkstattId) && t.ProposedBy == name).ExecuteUpdateAsync(s => s.SetProperty(t => t.ProposedBy, Erased), cancellationToken);
        count += await db.Set<Topic>().Where(t => werkstaetten.Contains(t.WerkstattId) && t.ClosedBy == name).ExecuteUpdateAsync(s => s.SetProperty(t => t.ClosedBy, Erased), cancellationToken);
        count += await db.Set<VotingRound>().Where(v => werkstaetten.Contains(v.WerkstattId) && v.ClosedBy == name).ExecuteUpdateAsync(s => s.SetProperty(v => v.ClosedBy, Erased), cancellationToken);
        count += await db.Set<StaffingPlan>().Where(p => werkstaetten.Contains(p.WerkstattId) && p.ProposedBy == name).ExecuteUpdateAsync(s => s.SetProperty(p => p.ProposedBy, Erased), cancellationToken);
        count += await db.Set<StaffingPlan>().Where(p => werkstaetten.Contains(p.WerkstattId) && p.ConfirmedBy == name).ExecuteUpdateAsync(s => s.SetProperty(p => p.ConfirmedBy, Erased), cancellationToken);
        var networkValue = network.Value;

        // SQLite keeps GUIDs as upper-case text (EF's mapping), a raw Guid parameter would be bound as a blob.
        object networkParameter = db.ProviderName == PostgresWerkstattDbContext.Name ? networkValue : networkValue.ToString().ToUpperInvariant();
        count += await db.Database.ExecuteSqlInterpolatedAsync(
            $"""UPDATE werkstatt_phase_changes SET "By" = {Erased} WHERE "By" = {name} AND "WerkstattId" IN (SELECT "Id" FROM werkstaetten WHERE "NetworkId" = {networkParameter})""",
            cancellationToken);
        count += await db.Set<AuditEntry>().Where(e => userIds.Contains(e.ActorId)).ExecuteUpdateAsync(s => s.SetProperty(e => e.ActorName, Erased), cancellationToken);
        count += await db.Set<AuditEntry>().Where(e => e.NetworkId == networkValue && e.Summary.Contains(name))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Summary, e => e.Summary.Replace(name, Erased)), cancellationToken);
        return count;
    }
}
