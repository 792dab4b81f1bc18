using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Review;
using Werkstatt.Domain.ToBe;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Submissions;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.ToBe;

/// <summary>
/// Who may do what with a to-be model, and loading the Werkstatt and process behind it. Facilitators (the network's
/// coordination and its consultants, the quality reviewers) edit; everyone in the network reads and comments.
/// </summary>
public sealed class ToBeAccess(WerkstattDbContext db)
{
    public const string What = "Das SOLL-Modell";
    public const string OnlyFacilitators = "Nur die Moderation (Koordination und Beratung des Netzwerks) bearbeitet das SOLL-Modell.";

    /// <summary>Facilitators: coordinators and quality reviewers of the network (and admins).</summary>
    public static bool Facilitates(Actor actor, NetworkId network) => actor.Reviews(network);

    public static ToBeRights RightsOf(Actor actor, WerkstattAggregate werkstatt)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(werkstatt);
        var open = werkstatt.Phase is not (Phase.Published or Phase.Cancelled);
        return new ToBeRights(open && Facilitates(actor, werkstatt.NetworkId), open && actor.BelongsTo(werkstatt.NetworkId));
    }

    /// <summary>The Werkstatt and its process, if the actor belongs to the network: 404 when either is missing, 403 when foreign.</summary>
    public async Task<Result<(WerkstattAggregate Werkstatt, Process Process)>> ReadableAsync(Actor actor, WerkstattId werkstattId, ProcessId processId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var werkstatt = await db.Werkstaetten.AsNoTracking().FirstOrDefaultAsync(w => w.Id == werkstattId, cancellationToken);
        if (werkstatt is null)
        {
            return Error.NotFound("Die Werkstatt");
        }

        if (!actor.BelongsTo(werkstatt.NetworkId))
        {
            return Error.Forbidden();
        }

        var process = await db.Set<Process>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == processId && p.WerkstattId == werkstattId, cancellationToken);
        return process is null ? Error.NotFound("Der Prozess") : (werkstatt, process);
    }

    /// <summary>Like <see cref="ReadableAsync"/>, and the actor must facilitate.</summary>
    public async Task<Result<(WerkstattAggregate Werkstatt, Process Process)>> EditableAsync(Actor actor, WerkstattId werkstattId, ProcessId processId, CancellationToken cancellationToken)
    {
        var loaded = await ReadableAsync(actor, werkstattId, processId, cancellationToken);
        if (loaded.IsSuccess && !Facilitates(actor, loaded.Value.Werkstatt.NetworkId))
        {
            return Error.Forbidden(OnlyFacilitators);
        }

        return loaded;
    }

    public async Task<ToBeModel> ModelAsync(WerkstattId werkstattId, ProcessId processId, bool track, CancellationToken cancellationToken)
    {
        var set = track ? db.Set<ToBeModel>() : db.Set<ToBeModel>().AsNoTracking();
        return await set.FirstOrDefaultAsync(m => m.WerkstattId == werkstattId && m.ProcessId == processId, cancellationToken)
            ?? ToBeModel.For(werkstattId, processId);
    }

    /// <summary>The members' latest as-is models of the process that the actor may see (facilitators see all).</summary>
    public async Task<IReadOnlyList<AsIsSource>> SourcesAsync(Actor actor, WerkstattAggregate werkstatt, ProcessId processId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(werkstatt);
        var submissions = await db.Set<Submission>().AsNoTracking()
            .Where(s => s.WerkstattId == werkstatt.Id && s.ProcessId == processId)
            .ToListAsync(cancellationToken);
        var visible = submissions.Where(s => s.Latest(ModelKind.AsIs) is not null && actor.Sees(werkstatt.NetworkId, s.MemberId, s.State)).ToList();
        var ids = visible.Select(s => s.MemberId).ToList();
        var names = await db.Members.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        return visible
            .Select(s => new AsIsSource(s.MemberId, names.GetValueOrDefault(s.MemberId, "Verwaltung"), s.Latest(ModelKind.AsIs)!.Number))
            .OrderBy(s => s.MemberName, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>The bytes of a member's latest as-is model, if the actor may see it.</summary>
    public async Task<Result<byte[]>> AsIsAsync(Actor actor, WerkstattId werkstattId, ProcessId processId, MemberId memberId, CancellationToken cancellationToken)
    {
        var loaded = await ReadableAsync(actor, werkstattId, processId, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var source = (await SourcesAsync(actor, loaded.Value.Werkstatt, processId, cancellationToken)).FirstOrDefault(s => s.MemberId == memberId);
        var submission = source is null ? null : await db.Set<Submission>().AsNoTracking()
            .FirstAsync(s => s.WerkstattId == werkstattId && s.ProcessId == processId && s.MemberId == memberId, cancellationToken);
        var file = submission is null ? null : await db.Set<SubmissionFile>().AsNoTracking()
            .FirstOrDefaultAsync(f => f.SubmissionId == submission.Id && f.Number == source!.Number, cancellationToken);
        return file is null ? Error.NotFound("Das IST-Modell dieser Verwaltung") : file.Content;
    }
}
