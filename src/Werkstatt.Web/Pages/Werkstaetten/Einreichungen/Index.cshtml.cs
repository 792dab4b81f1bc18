using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Submissions;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Werkstaetten.Einreichungen;

/// <summary>All submissions of a Werkstatt (process × member) with their review state, and what still holds the quality review back.</summary>
public sealed class IndexModel(ActorAccessor actors, SubmissionOverviewService overview) : PageModel
{
    public SubmissionOverview View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (id == Guid.Empty)
        {
            return NotFound();
        }

        var result = await overview.GetAsync(await actors.RequireAsync(cancellationToken), new WerkstattId(id), cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        View = result.Value;
        return Page();
    }
}
