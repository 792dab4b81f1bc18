using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Workshop;
using Werkstatt.Service.Common;
using Werkstatt.Service.Workshop;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>The agenda of the workshop days: everyone reads; the coordination adds, edits, removes and reorders slots (buttons without JavaScript, drag and drop with it).</summary>
public sealed class AblaufModel(ActorAccessor actors, WorkshopService workshops) : PageModel
{
    [BindProperty]
    public AgendaSlotForm Input { get; set; } = new();

    public WorkshopView View { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int? tag, int? punkt, CancellationToken cancellationToken)
    {
        var shown = await ShowAsync(id, null, cancellationToken);
        if (tag is { } day && punkt is { } position && View is not null && View.Agenda.Of(day).ElementAtOrDefault(position) is { } line)
        {
            Input = new AgendaSlotForm
            {
                Day = day, Slot = position, Kind = line.Kind, ProcessId = line.ProcessId?.Value, Title = line.Title, Start = line.Start, Duration = line.DurationMinutes,
            };
        }

        if (View is not null)
        {
            Input.Version = View.Workshop.Version;
        }

        return shown;
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || id == Guid.Empty)
        {
            return await ShowAsync(id, null, cancellationToken);
        }

        var item = new AgendaItem(Input.Kind!.Value, Input.ProcessId is { } p && Input.Kind == AgendaEntryKind.Process ? new ProcessId(p) : null, Input.Title, Input.Start!.Value, Input.Duration!.Value);
        var result = await workshops.SaveSlotAsync(await actors.RequireAsync(cancellationToken), new WerkstattId(id), Input.Day, Input.Slot, item, Input.Version, cancellationToken);
        return await DoneAsync(id, result, Input.Slot is null ? "Der Programmpunkt ist hinzugefügt." : "Der Programmpunkt ist geändert.", cancellationToken);
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id, int day, int position, string? direction, int? to, int version, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var actor = await actors.RequireAsync(cancellationToken);
        var werkstatt = new WerkstattId(id == Guid.Empty ? Guid.NewGuid() : id);
        var result = to is { } target
            ? await workshops.MoveToAsync(actor, werkstatt, day, position, target, version, cancellationToken)
            : await workshops.MoveAsync(actor, werkstatt, day, position, direction == "up", version, cancellationToken);
        return await DoneAsync(id, result, "Die Reihenfolge ist geändert; die Uhrzeiten sind neu berechnet.", cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, int day, int position, int version, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var result = await workshops.RemoveSlotAsync(await actors.RequireAsync(cancellationToken), new WerkstattId(id == Guid.Empty ? Guid.NewGuid() : id), day, position, version, cancellationToken);
        return await DoneAsync(id, result, "Der Programmpunkt ist entfernt.", cancellationToken);
    }

    private async Task<IActionResult> DoneAsync(Guid id, Result<WorkshopDays> result, string notice, CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            Notice = notice;
            return Redirect($"/Werkstaetten/{id}/Ablauf");
        }

        return PageErrors.Refusal(this, result.Error) ?? await ShowAsync(id, result.Error, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, Error? error, CancellationToken cancellationToken)
    {
        if (id == Guid.Empty)
        {
            return NotFound();
        }

        var result = await workshops.GetAsync(await actors.RequireAsync(cancellationToken), new WerkstattId(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        View = result.Value;
        if (error is not null)
        {
            PageErrors.AddTo<AgendaSlotForm>(ModelState, error);
        }

        return Page();
    }
}
