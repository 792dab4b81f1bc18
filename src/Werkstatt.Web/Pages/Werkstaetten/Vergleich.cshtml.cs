using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;
using Werkstatt.Service.Submissions;
using Werkstatt.Service.ToBe;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>The members' models of one process side by side, as the basis of the workshop's discussion.</summary>
public sealed class VergleichModel(ActorAccessor actors, ComparisonService comparison, ToBeService toBe) : PageModel
{
    public ComparisonView View { get; private set; } = null!;

    /// <summary>The Werkstatt's to-be model, shown from the follow-up on; null before.</summary>
    public FinalToBeView? FinalToBe { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid processId, CancellationToken cancellationToken)
    {
        if (id == Guid.Empty || processId == Guid.Empty)
        {
            return NotFound();
        }

        var actor = await actors.RequireAsync(cancellationToken);
        var result = await comparison.CompareAsync(actor, new WerkstattId(id), new ProcessId(processId), cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        View = result.Value;
        if (FinalToBeView.ShownIn(View.Werkstatt.Phase))
        {
            var final = await toBe.GetAsync(actor, new WerkstattId(id), new ProcessId(processId), cancellationToken);
            FinalToBe = new FinalToBeView(id, processId, final.IsSuccess ? final.Value.Latest : null);
        }
        return Page();
    }
}
