using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Jobs;

/// <summary>Adds a re-plan request for a Werkstatt to the pending changes, so it is saved in the same transaction as the change that needs it.</summary>
public static class ReplanRequests
{
    public static void Add(WerkstattDbContext db, WerkstattId id, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        var value = id.Value;
        if (!db.ChangeTracker.Entries<JobReplanRequest>().Any(e => e.State == EntityState.Added && e.Entity.WerkstattId == value))
        {
            db.Set<JobReplanRequest>().Add(new JobReplanRequest { WerkstattId = value, RequestedAt = now });
        }
    }
}
