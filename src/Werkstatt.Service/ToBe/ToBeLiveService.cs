using System.Text;
using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;
using Werkstatt.Service.Bpmn.Import;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.ToBe;

/// <summary>
/// The live drawing between saves (live to-be modelling): the facilitator's modeler sends every change, which is checked
/// (rights, size, the hardened importer — nothing hostile reaches the other browsers) and kept as the draft in the
/// database, so a late joiner, a reload or a second web instance gets the current state.
/// </summary>
public sealed class ToBeLiveService(WerkstattDbContext db, ToBeAccess access, TimeProvider time)
{
    /// <summary>Largest live drawing (UTF-8 bytes); a workshop model is a few hundred kilobytes at most.</summary>
    public const int MaxDraftBytes = 2 * 1024 * 1024;

    /// <summary>The current draft, or null when nobody has drawn yet. Checks that the actor may read the model.</summary>
    public async Task<Result<ToBeDraftView?>> DraftAsync(Actor actor, WerkstattId werkstattId, ProcessId processId, CancellationToken cancellationToken = default)
    {
        var loaded = await access.ReadableAsync(actor, werkstattId, processId, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var draft = await db.Set<ToBeDraft>().AsNoTracking().FirstOrDefaultAsync(d => d.WerkstattId == werkstattId && d.ProcessId == processId, cancellationToken);
        return draft is null ? (ToBeDraftView?)null : new ToBeDraftView(draft.Xml, draft.Revision, draft.UpdatedAt, draft.UpdatedBy);
    }

    /// <summary>Replaces the draft with the facilitator's current XML and returns it with its new revision.</summary>
    public async Task<Result<ToBeDraftView>> ChangeAsync(Actor actor, WerkstattId werkstattId, ProcessId processId, string? xml, CancellationToken cancellationToken = default)
    {
        var loaded = await access.EditableAsync(actor, werkstattId, processId, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        if (!ToBeAccess.RightsOf(actor, loaded.Value.Werkstatt).Edit)
        {
            return Error.Validation("Xml", "Die Werkstatt ist abgeschlossen; das SOLL-Modell kann nicht mehr geändert werden.");
        }

        if (string.IsNullOrWhiteSpace(xml))
        {
            return Error.Validation("Xml", "Das Modell ist leer.");
        }

        var bytes = Encoding.UTF8.GetBytes(xml);
        if (bytes.Length > MaxDraftBytes)
        {
            return Error.Validation("Xml", $"Das Modell ist größer als {MaxDraftBytes / (1024 * 1024)} MB.");
        }

        await SocketThreads.LeaveAsync();
        var import = BpmnImporter.Import(bytes);
        if (!import.Succeeded)
        {
            return Error.Validation("Xml", import.Refusal.Message);
        }

        for (var attempt = 0; ; attempt++)
        {
            var draft = await db.Set<ToBeDraft>().FirstOrDefaultAsync(d => d.WerkstattId == werkstattId && d.ProcessId == processId, cancellationToken);
            if (draft is null)
            {
                draft = new ToBeDraft(werkstattId, processId);
                db.Add(draft);
            }

            draft.Replace(xml, time.GetUtcNow(), actor.Name);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return new ToBeDraftView(draft.Xml, draft.Revision, draft.UpdatedAt, draft.UpdatedBy);
            }
            catch (DbUpdateException ex) when (attempt < 3 && !DatabaseUnavailable.Is(ex))
            {
                // Another facilitator's change (or first insert) came in between: take the newer revision and go again.
                db.ChangeTracker.Clear();
            }
        }
    }
}
