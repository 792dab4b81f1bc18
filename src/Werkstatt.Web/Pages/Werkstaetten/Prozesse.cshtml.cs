using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Common;
using Werkstatt.Service.Processes;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>Processes of a Werkstatt; in process selection the coordinator derives them from the winning topics.</summary>
public sealed class ProzesseModel(ActorAccessor actors, ProcessService processes) : PageModel
{
    [BindProperty]
    public ProcessForm Input { get; set; } = new();

    public ProcessesView View { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, null, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || id == Guid.Empty)
        {
            return await ShowAsync(id, null, cancellationToken);
        }

        var actor = await actors.RequireAsync(cancellationToken);
        var input = new ProcessInput(
            Input.TopicId is { } t && t != Guid.Empty ? new TopicId(t) : null, Input.Name, Input.LeikaKey, Input.ModellersNeeded, Input.Levels, Input.CrossesLevels);
        var result = await processes.DeriveAsync(actor, new WerkstattId(id), input, cancellationToken);
        if (result.IsSuccess)
        {
            Notice = $"Der Prozess „{result.Value.Name}“ ist abgeleitet.";
            return Redirect($"/Werkstaetten/{id}/Prozesse");
        }

        return PageErrors.Refusal(this, result.Error) ?? await ShowAsync(id, result.Error, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, Error? error, CancellationToken cancellationToken)
    {
        if (id == Guid.Empty)
        {
            return NotFound();
        }

        var result = await processes.ListAsync(await actors.RequireAsync(cancellationToken), new WerkstattId(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        View = result.Value;
        if (error is not null)
        {
            PageErrors.AddTo<ProcessForm>(ModelState, error);
        }

        return Page();
    }
}
