using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Networks;
using Werkstatt.Service.Werkstaetten;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>Plan one Werkstatt from its first day; the network's template fills in every deadline.</summary>
public sealed class NeuModel(ActorAccessor actors, NetworkService networks, WerkstattService werkstaetten) : PageModel
{
    [BindProperty]
    public PlanInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        if (await NetworkScope.ResolveAsync(actor, networks, cancellationToken) is not { } networkId || !actor.Coordinates(networkId))
        {
            return Forbid();
        }

        var network = await networks.GetAsync(actor, networkId, cancellationToken);
        if (!network.IsSuccess)
        {
            return PageErrors.Refusal(this, network.Error) ?? Forbid();
        }

        Input.Days = network.Value.Template.WorkshopDays;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        if (await NetworkScope.ResolveAsync(actor, networks, cancellationToken) is not { } networkId || !actor.Coordinates(networkId))
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var command = new PlanWerkstatt(networkId, Input.Title, Input.FirstDay!.Value, Input.Days, Input.Format!.Value, Input.MeetingUrl, Input.Address);
        var result = await werkstaetten.PlanAsync(actor, command, cancellationToken);
        if (!result.IsSuccess)
        {
            if (PageErrors.Refusal(this, result.Error) is { } refusal)
            {
                return refusal;
            }

            PageErrors.AddTo<PlanInput>(ModelState, result.Error);
            return Page();
        }

        TempData["Notice"] = $"Die Werkstatt „{result.Value.Werkstatt.Title}“ ist geplant.";
        return Redirect($"/Werkstaetten/{result.Value.Werkstatt.Id}");
    }

    /// <summary>The planning form.</summary>
    public sealed class PlanInput : IVenueInput
    {
        [Display(Name = "Erster Werkstatttag")]
        [Required(ErrorMessage = "Bitte den ersten Werkstatttag angeben.")]
        public DateOnly? FirstDay { get; set; }

        [Display(Name = "Anzahl der Werkstatttage")]
        [Required(ErrorMessage = "Bitte angeben, ob die Werkstatt einen oder zwei Tage dauert.")]
        [Range(1, 2, ErrorMessage = "Eine Werkstatt dauert einen oder zwei Tage.")]
        public int? Days { get; set; }

        [Display(Name = "Titel")]
        public string? Title { get; set; }

        [Display(Name = "Format")]
        [Required(ErrorMessage = "Bitte „Online“ oder „Präsenz“ wählen.")]
        public WorkshopFormat? Format { get; set; }

        [Display(Name = "Link zum Meeting")]
        public string? MeetingUrl { get; set; }

        [Display(Name = "Adresse")]
        public string? Address { get; set; }
    }
}
