using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.WorkshopNotes;
using Werkstatt.Service.Common;
using Werkstatt.Service.WorkshopNotes;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>
/// The Werkstattraum of one process: both as-is drawings, the comparison, profiles, the reviewer's remarks, and the
/// notes and action items with their forms (plain forms, no JavaScript needed).
/// </summary>
public sealed class RaumModel(ActorAccessor actors, WorkshopRoomService rooms, WorkshopNotesService notes, ActionItemService actions, TimeProvider time) : PageModel
{
    [BindProperty]
    public NoteForm Note { get; set; } = new();

    [BindProperty]
    public ActionItemForm Item { get; set; } = new();

    public WorkshopRoomView View { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>The form whose errors are shown ("Note" or "Item"): messages that name no field go above that form only.</summary>
    public string? FailedForm { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid processId, Guid? notiz, Guid? massnahme, CancellationToken cancellationToken)
    {
        var shown = await ShowAsync(id, processId, cancellationToken);
        if (View is null)
        {
            return shown;
        }

        if (notiz is { } noteId && View.Notes.Notes.FirstOrDefault(n => n.Id.Value == noteId) is { } note)
        {
            Note = new NoteForm { Id = noteId, Kind = note.Kind, Text = note.Text, MemberId = note.MemberId?.Value, Version = note.Version };
        }

        if (massnahme is { } itemId && View.Notes.ActionItems.FirstOrDefault(a => a.Id.Value == itemId) is { } item)
        {
            Item = new ActionItemForm { Id = itemId, Text = item.Text, Owner = item.Owner.Value, Due = item.Due, Version = item.Version };
        }

        return shown;
    }

    public async Task<IActionResult> OnPostNoteAsync(Guid id, Guid processId, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var (actor, w, p) = (await actors.RequireAsync(cancellationToken), Werkstatt(id), Process(processId));
        var input = new NoteInput(Note.Kind, Note.Text, Note.MemberId);
        var result = Note.Id is { } noteId
            ? await notes.EditAsync(actor, w, p, new WorkshopNoteId(noteId), input, Note.Version, cancellationToken)
            : await notes.AddAsync(actor, w, p, input, cancellationToken);
        return await DoneAsync(id, processId, result.Error, "Note", Note.Id is null ? "Die Notiz ist festgehalten." : "Die Notiz ist geändert.", "notizen", cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteNoteAsync(Guid id, Guid processId, Guid noteId, int version, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var result = await notes.DeleteAsync(await actors.RequireAsync(cancellationToken), Werkstatt(id), Process(processId), new WorkshopNoteId(NonEmpty(noteId)), version, cancellationToken);
        return await DoneAsync(id, processId, result.Error, "Note", "Die Notiz ist gelöscht.", "notizen", cancellationToken);
    }

    public async Task<IActionResult> OnPostItemAsync(Guid id, Guid processId, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var (actor, w, p) = (await actors.RequireAsync(cancellationToken), Werkstatt(id), Process(processId));
        var input = new ActionItemInput(Item.Text, Item.Owner, Item.Due);
        var result = Item.Id is { } itemId
            ? await actions.EditAsync(actor, w, p, new ActionItemId(itemId), input, Item.Version, cancellationToken)
            : await actions.AddAsync(actor, w, p, input, cancellationToken);
        return await DoneAsync(id, processId, result.Error, "Item", Item.Id is null ? "Die Maßnahme ist festgehalten." : "Die Maßnahme ist geändert.", "massnahmen", cancellationToken);
    }

    public async Task<IActionResult> OnPostDoneAsync(Guid id, Guid processId, Guid itemId, bool done, int version, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var result = await actions.MarkDoneAsync(await actors.RequireAsync(cancellationToken), Werkstatt(id), Process(processId), new ActionItemId(NonEmpty(itemId)), done, version, cancellationToken);
        return await DoneAsync(id, processId, result.Error, "Item", done ? "Die Maßnahme ist als erledigt markiert." : "Die Maßnahme ist wieder offen.", "massnahmen", cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteItemAsync(Guid id, Guid processId, Guid itemId, int version, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var result = await actions.DeleteAsync(await actors.RequireAsync(cancellationToken), Werkstatt(id), Process(processId), new ActionItemId(NonEmpty(itemId)), version, cancellationToken);
        return await DoneAsync(id, processId, result.Error, "Item", "Die Maßnahme ist gelöscht.", "massnahmen", cancellationToken);
    }

    private static WerkstattId Werkstatt(Guid id) => new(NonEmpty(id));

    private static ProcessId Process(Guid id) => new(NonEmpty(id));

    // An empty id from a crafted request finds nothing (404) instead of throwing.
    private static Guid NonEmpty(Guid id) => id == Guid.Empty ? Guid.NewGuid() : id;

    private async Task<IActionResult> DoneAsync(Guid id, Guid processId, Error? error, string form, string notice, string anchor, CancellationToken cancellationToken)
    {
        if (error is null)
        {
            Notice = notice;
            return Redirect($"/Werkstaetten/{id}/Raum/{processId}#{anchor}");
        }

        if (PageErrors.Refusal(this, error) is { } refusal)
        {
            return refusal;
        }

        var shown = await ShowAsync(id, processId, cancellationToken);
        FailedForm = form;
        if (form == "Note")
        {
            PageErrors.AddTo<NoteForm>(ModelState, error, form);
        }
        else
        {
            PageErrors.AddTo<ActionItemForm>(ModelState, error, form);
        }

        return shown;
    }

    private async Task<IActionResult> ShowAsync(Guid id, Guid processId, CancellationToken cancellationToken)
    {
        if (id == Guid.Empty || processId == Guid.Empty)
        {
            return NotFound();
        }

        var result = await rooms.GetAsync(await actors.RequireAsync(cancellationToken), new WerkstattId(id), new ProcessId(processId), cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        View = result.Value;
        return Page();
    }
}
