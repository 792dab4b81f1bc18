using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Common;
using Werkstatt.Service.Dossiers;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>The pre-read dossier: the coordinator releases it; members download the latest version, coordinators every version.</summary>
public sealed class VorabunterlagenModel(ActorAccessor actors, DossierService dossiers) : PageModel
{
    public DossiersView View { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, null, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (id == Guid.Empty)
        {
            return NotFound();
        }

        var result = await dossiers.ReleaseAsync(await actors.RequireAsync(cancellationToken), new WerkstattId(id), cancellationToken);
        if (result.IsSuccess)
        {
            Notice = "Die Vorabunterlagen sind freigegeben. Sie werden jetzt erstellt; danach erhalten die Beteiligten eine E-Mail.";
            return Redirect($"/Werkstaetten/{id}/Vorabunterlagen");
        }

        return PageErrors.Refusal(this, result.Error) ?? await ShowAsync(id, result.Error, cancellationToken);
    }

    public async Task<IActionResult> OnGetPdfAsync(Guid id, int? version, CancellationToken cancellationToken)
    {
        var file = await dossiers.OpenAsync(await actors.RequireAsync(cancellationToken), new WerkstattId(id), version, cancellationToken);
        return file.IsSuccess ? File(file.Value.Content, "application/pdf", file.Value.FileName) : PageErrors.Refusal(this, file.Error) ?? NotFound();
    }

    private async Task<IActionResult> ShowAsync(Guid id, Error? error, CancellationToken cancellationToken)
    {
        var result = await dossiers.GetAsync(await actors.RequireAsync(cancellationToken), new WerkstattId(id), cancellationToken);
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
