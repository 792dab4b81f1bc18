using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Workshop;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>Attendance per workshop day: the coordination marks each person with one click; everyone sees the days per member.</summary>
public sealed class AnwesenheitModel(ActorAccessor actors, AttendanceService attendance, WorkshopService workshops) : PageModel
{
    public AttendanceView View { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, null, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, int day, Guid personId, bool present, int version, CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        var result = await workshops.RecordAttendanceAsync(actor, new WerkstattId(id == Guid.Empty ? Guid.NewGuid() : id), day, new PersonId(personId == Guid.Empty ? Guid.NewGuid() : personId), present, version, cancellationToken);
        if (result.IsSuccess)
        {
            Notice = present ? "Als anwesend erfasst." : "Als nicht anwesend erfasst.";
            return Redirect($"/Werkstaetten/{id}/Anwesenheit#tag-{day}");
        }

        return PageErrors.Refusal(this, result.Error) ?? await ShowAsync(id, result.Error, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, Error? error, CancellationToken cancellationToken)
    {
        if (id == Guid.Empty)
        {
            return NotFound();
        }

        var result = await attendance.GetAsync(await actors.RequireAsync(cancellationToken), new WerkstattId(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        View = result.Value;
        if (error is not null)
        {
            ModelState.AddModelError(string.Empty, error.Message);
        }

        return Page();
    }
}
