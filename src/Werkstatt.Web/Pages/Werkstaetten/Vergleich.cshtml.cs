using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;
using Werkstatt.Service.Submissions;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>The members' models of one process side by side, as the basis of the workshop's discussion.</summary>
public sealed class VergleichModel(ActorAccessor actors, ComparisonService comparison) : PageModel
{
    public ComparisonView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid processId, CancellationToken cancellationToken)
    {
        if (id == Guid.Empty || processId == Guid.Empty)
        {
            return NotFound();
        }

        var result = await comparison.CompareAsync(await actors.RequireAsync(cancellationToken), new WerkstattId(id), new ProcessId(processId), cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        View = result.Value;
        return Page();
    }
}
