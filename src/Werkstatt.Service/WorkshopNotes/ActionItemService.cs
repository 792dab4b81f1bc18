using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.WorkshopNotes;
using Werkstatt.Service.Common;
using Werkstatt.Service.Jobs;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Submissions;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.WorkshopNotes;

/// <summary>
/// The action items (Maßnahmen) of the workshop room. Facilitators agree, change and delete them during the workshop
/// and follow-up; they and the owner member's process managers mark them done, also after publishing. Every change
/// asks for re-planning the Werkstatt's reminder jobs in the same transaction.
/// </summary>
public sealed class ActionItemService(WerkstattDbContext db, NotesAccess access, TimeProvider time, ReplanSignal replan)
{
    public const string What = "Die Maßnahme";

    public async Task<Result<ActionItem>> AddAsync(Actor actor, WerkstattId werkstattId, ProcessId processId, ActionItemInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var loaded = await access.EditableAsync(actor, werkstattId, processId, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var werkstatt = loaded.Value.Werkstatt;
        var checkedInput = await CheckAsync(werkstatt, input, cancellationToken);
        if (!checkedInput.IsSuccess)
        {
            return checkedInput.Error;
        }

        var (owner, due, inNetwork) = checkedInput.Value;
        ActionItem item;
        try
        {
            item = ActionItem.Agree(werkstattId, processId, werkstatt.Phase, input.Text, owner, inNetwork, due, werkstatt.Schedule.FirstDay, time.GetUtcNow(), actor.Name);
        }
        catch (DomainRuleViolation violation)
        {
            return violation.ToError();
        }

        db.Add(item);
        Replan(werkstattId);
        await db.SaveChangesAsync(cancellationToken);
        return item;
    }

    public async Task<Result<ActionItem>> EditAsync(
        Actor actor, WerkstattId werkstattId, ProcessId processId, ActionItemId id, ActionItemInput input, int version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var found = await ItemAsync(actor, werkstattId, processId, id, edit: true, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var (werkstatt, item) = found.Value;
        var checkedInput = await CheckAsync(werkstatt, input, cancellationToken);
        if (!checkedInput.IsSuccess)
        {
            db.ChangeTracker.Clear();
            return checkedInput.Error;
        }

        var (owner, due, inNetwork) = checkedInput.Value;
        return await SaveAsync(item, version, () => item.Edit(werkstatt.Phase, input.Text, owner, inNetwork, due, werkstatt.Schedule.FirstDay), cancellationToken);
    }

    /// <summary>Marks the item done (or open again).</summary>
    public async Task<Result<ActionItem>> MarkDoneAsync(
        Actor actor, WerkstattId werkstattId, ProcessId processId, ActionItemId id, bool done, int version, CancellationToken cancellationToken = default)
    {
        var found = await ItemAsync(actor, werkstattId, processId, id, edit: false, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var (werkstatt, item) = found.Value;
        if (!actor.ManagesMember(werkstatt.NetworkId, item.Owner) && !actor.Reviews(werkstatt.NetworkId))
        {
            db.ChangeTracker.Clear();
            return Error.Forbidden("Eine Maßnahme erledigen die Prozessmanager:innen der verantwortlichen Verwaltung oder die Moderation.");
        }

        return await SaveAsync(item, version, () => item.MarkDone(done, werkstatt.Phase, time.GetUtcNow(), actor.Name), cancellationToken);
    }

    public async Task<Result<bool>> DeleteAsync(Actor actor, WerkstattId werkstattId, ProcessId processId, ActionItemId id, int version, CancellationToken cancellationToken = default)
    {
        var found = await ItemAsync(actor, werkstattId, processId, id, edit: true, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var (werkstatt, item) = found.Value;
        var saved = await SaveAsync(item, version, () => { ActionItem.EnsureRemovable(werkstatt.Phase); db.Remove(item); }, cancellationToken);
        return saved.IsSuccess ? true : saved.Error;
    }

    private async Task<Result<ActionItem>> SaveAsync(ActionItem item, int version, Action change, CancellationToken cancellationToken)
    {
        try
        {
            change();
        }
        catch (DomainRuleViolation violation)
        {
            db.ChangeTracker.Clear();
            return violation.ToError();
        }

        Replan(item.WerkstattId);
        var conflict = await db.SaveAsync(item, version, What, cancellationToken);
        return conflict is null ? item : conflict;
    }

    private void Replan(WerkstattId werkstattId)
    {
        ReplanRequests.Add(db, werkstattId, time.GetUtcNow());
        replan.PulseAfterSave(db);
    }

    private async Task<Result<(MemberId Owner, DateOnly Due, bool InNetwork)>> CheckAsync(WerkstattAggregate werkstatt, ActionItemInput input, CancellationToken cancellationToken)
    {
        if (input.Owner is not { } owner || owner == Guid.Empty)
        {
            return Error.Validation(nameof(ActionItemInput.Owner), "Bitte die verantwortliche Verwaltung wählen.");
        }

        if (input.Due is not { } due)
        {
            return Error.Validation(nameof(ActionItemInput.Due), "Bitte eine Frist angeben.");
        }

        return (new MemberId(owner), due, await access.IsMemberOfAsync(werkstatt.NetworkId, owner, cancellationToken));
    }

    private async Task<Result<(WerkstattAggregate Werkstatt, ActionItem Item)>> ItemAsync(
        Actor actor, WerkstattId werkstattId, ProcessId processId, ActionItemId id, bool edit, CancellationToken cancellationToken)
    {
        var loaded = edit
            ? await access.EditableAsync(actor, werkstattId, processId, cancellationToken)
            : await access.ReadableAsync(actor, werkstattId, processId, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var item = await db.Set<ActionItem>().FirstOrDefaultAsync(a => a.Id == id && a.WerkstattId == werkstattId && a.ProcessId == processId, cancellationToken);
        return item is null ? Error.NotFound(What) : (loaded.Value.Werkstatt, item);
    }
}
