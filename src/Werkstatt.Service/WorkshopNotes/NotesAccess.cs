using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Submissions;
using Werkstatt.Service.ToBe;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.WorkshopNotes;

/// <summary>Loads the Werkstatt and process behind the workshop room and decides who may do what there.</summary>
public sealed class NotesAccess(WerkstattDbContext db, ToBeAccess toBe)
{
    public const string OnlyFacilitators = "Nur die Moderation (Koordination und Beratung des Netzwerks) hält Notizen und Maßnahmen fest.";

    public static NotesRights RightsOf(Actor actor, WerkstattAggregate werkstatt)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(werkstatt);
        var facilitates = actor.Reviews(werkstatt.NetworkId);
        var writing = werkstatt.Phase is Phase.Workshop or Phase.FollowUp;
        var tracking = werkstatt.Phase is Phase.Workshop or Phase.FollowUp or Phase.Published;
        var own = tracking && actor.Is(Role.ProcessManager) && actor.NetworkId == werkstatt.NetworkId ? actor.MemberId : null;
        return new NotesRights(facilitates && writing, facilitates && tracking, own);
    }

    /// <summary>404 when the Werkstatt or process is missing, 403 when the actor is not of the network.</summary>
    public Task<Result<(WerkstattAggregate Werkstatt, Process Process)>> ReadableAsync(Actor actor, WerkstattId werkstattId, ProcessId processId, CancellationToken cancellationToken) =>
        toBe.ReadableAsync(actor, werkstattId, processId, cancellationToken);

    /// <summary>Like <see cref="ReadableAsync"/>, and the actor must facilitate.</summary>
    public async Task<Result<(WerkstattAggregate Werkstatt, Process Process)>> EditableAsync(Actor actor, WerkstattId werkstattId, ProcessId processId, CancellationToken cancellationToken)
    {
        var loaded = await ReadableAsync(actor, werkstattId, processId, cancellationToken);
        return loaded.IsSuccess && !actor.Reviews(loaded.Value.Werkstatt.NetworkId) ? Error.Forbidden(OnlyFacilitators) : loaded;
    }

    public async Task<Dictionary<MemberId, string>> MembersAsync(NetworkId network, CancellationToken cancellationToken) =>
        await db.Members.AsNoTracking().Where(m => m.NetworkId == network).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);

    public async Task<bool> IsMemberOfAsync(NetworkId network, Guid? member, CancellationToken cancellationToken)
    {
        if (member is not { } id || id == Guid.Empty)
        {
            return false;
        }

        var memberId = new MemberId(id);
        return await db.Members.AnyAsync(m => m.Id == memberId && m.NetworkId == network, cancellationToken);
    }
}
