using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.WorkshopNotes;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.WorkshopNotes;

/// <summary>
/// The notes of the workshop room: everyone in the network reads them, the facilitators write, change and delete them
/// during the workshop and follow-up. Changes and deletions name the version they were based on.
/// </summary>
public sealed class WorkshopNotesService(WerkstattDbContext db, NotesAccess access, TimeProvider time)
{
    public const string What = "Die Notiz";

    /// <summary>Notes and action items of the process, for everyone in the network.</summary>
    public async Task<Result<RoomNotesView>> GetAsync(Actor actor, WerkstattId werkstattId, ProcessId processId, CancellationToken cancellationToken = default)
    {
        var loaded = await access.ReadableAsync(actor, werkstattId, processId, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var (werkstatt, process) = loaded.Value;
        var notes = await db.Set<WorkshopNote>().AsNoTracking().Where(n => n.WerkstattId == werkstattId && n.ProcessId == processId).ToListAsync(cancellationToken);
        var items = await db.Set<ActionItem>().AsNoTracking().Where(a => a.WerkstattId == werkstattId && a.ProcessId == processId).ToListAsync(cancellationToken);
        return new RoomNotesView(
            werkstatt,
            process,
            notes.OrderBy(n => NoteKinds.InOrder.ToList().IndexOf(n.Kind)).ThenBy(n => n.WrittenAt).ToList(),
            items.OrderBy(a => a.Status).ThenBy(a => a.Due).ThenBy(a => a.CreatedAt).ToList(),
            await access.MembersAsync(werkstatt.NetworkId, cancellationToken),
            NotesAccess.RightsOf(actor, werkstatt));
    }

    public async Task<Result<WorkshopNote>> AddAsync(Actor actor, WerkstattId werkstattId, ProcessId processId, NoteInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var loaded = await access.EditableAsync(actor, werkstattId, processId, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        if (input.Kind is not { } kind)
        {
            return Error.Validation(nameof(NoteInput.Kind), "Bitte die Art der Notiz wählen.");
        }

        var werkstatt = loaded.Value.Werkstatt;
        var inNetwork = await access.IsMemberOfAsync(werkstatt.NetworkId, input.MemberId, cancellationToken);
        WorkshopNote note;
        try
        {
            note = WorkshopNote.Write(werkstattId, processId, werkstatt.Phase, kind, input.Text, Member(input.MemberId), inNetwork, time.GetUtcNow(), actor.Name);
        }
        catch (DomainRuleViolation violation)
        {
            return violation.ToError();
        }

        db.Add(note);
        await db.SaveChangesAsync(cancellationToken);
        return note;
    }

    public async Task<Result<WorkshopNote>> EditAsync(
        Actor actor, WerkstattId werkstattId, ProcessId processId, WorkshopNoteId id, NoteInput input, int version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var found = await EditableNoteAsync(actor, werkstattId, processId, id, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var (werkstatt, note) = found.Value;
        if (input.Kind is not { } kind)
        {
            return Error.Validation(nameof(NoteInput.Kind), "Bitte die Art der Notiz wählen.");
        }

        var inNetwork = await access.IsMemberOfAsync(werkstatt.NetworkId, input.MemberId, cancellationToken);
        try
        {
            note.Edit(werkstatt.Phase, kind, input.Text, Member(input.MemberId), inNetwork, time.GetUtcNow());
        }
        catch (DomainRuleViolation violation)
        {
            db.ChangeTracker.Clear();
            return violation.ToError();
        }

        var conflict = await db.SaveAsync(note, version, What, cancellationToken);
        return conflict is null ? note : conflict;
    }

    public async Task<Result<bool>> DeleteAsync(Actor actor, WerkstattId werkstattId, ProcessId processId, WorkshopNoteId id, int version, CancellationToken cancellationToken = default)
    {
        var found = await EditableNoteAsync(actor, werkstattId, processId, id, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var (werkstatt, note) = found.Value;
        try
        {
            WorkshopNote.EnsureRemovable(werkstatt.Phase);
        }
        catch (DomainRuleViolation violation)
        {
            db.ChangeTracker.Clear();
            return violation.ToError();
        }

        db.Remove(note);
        var conflict = await db.SaveAsync(note, version, What, cancellationToken);
        return conflict is null ? true : conflict;
    }

    internal static MemberId? Member(Guid? id) => id is { } value && value != Guid.Empty ? new MemberId(value) : null;

    private async Task<Result<(Domain.Cycle.Werkstatt Werkstatt, WorkshopNote Note)>> EditableNoteAsync(
        Actor actor, WerkstattId werkstattId, ProcessId processId, WorkshopNoteId id, CancellationToken cancellationToken)
    {
        var loaded = await access.EditableAsync(actor, werkstattId, processId, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var note = await db.Set<WorkshopNote>().FirstOrDefaultAsync(n => n.Id == id && n.WerkstattId == werkstattId && n.ProcessId == processId, cancellationToken);
        return note is null ? Error.NotFound(What) : (loaded.Value.Werkstatt, note);
    }
}
