using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Networks;
using Werkstatt.Service.Werkstaetten;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>Plan the four quarterly Werkstätten of a year; shows what was created and which quarters were left out.</summary>
public sealed class JahrModel(ActorAccessor actors, NetworkService networks, WerkstattService werkstaetten, TimeProvider time) : PageModel
{
    [BindProperty]
    public YearInput Input { get; set; } = new();

    /// <summary>The outcome after a successful POST; null before.</summary>
    public PlanYearResult? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = await actors.RequireAsync(cancellationToken);
        if (await NetworkScope.ResolveAsync(actor, networks, cancellationToken) is not { } networkId || !actor.Coordinates(networkId))
        {
            return Forbid();
        }

        Input.Year = BerlinTime.DateOf(time.GetUtcNow()).Year + 1;
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

        var result = await werkstaetten.PlanYearAsync(actor, new PlanYear(networkId, Input.Year!.Value, Input.Format!.Value, Input.MeetingUrl, Input.Address), cancellationToken);
        if (!result.IsSuccess)
        {
            if (PageErrors.Refusal(this, result.Error) is { } refusal)
            {
                return refusal;
            }

            PageErrors.AddTo<YearInput>(ModelState, result.Error);
            return Page();
        }

        Result = result.Value;
        return Page();
    }

    /// <summary>The year-planning form.</summary>
    public sealed class YearInput : IVenueInput
    {
        [Display(Name = "Jahr")]
        [Required(ErrorMessage = "Bitte das Jahr angeben.")]
        public int? Year { get; set; }

        [Display(Name = "Format")]
        [Required(ErrorMessage = "Bitte „Online“ oder „Präsenz“ wählen.")]
        public WorkshopFormat? Format { get; set; }

        [Display(Name = "Link zum Meeting")]
        public string? MeetingUrl { get; set; }

        [Display(Name = "Adresse")]
        public string? Address { get; set; }
    }
}
