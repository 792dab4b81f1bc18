using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkstatt.Service.Notifications;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Pages.Einstellungen;

/// <summary>A person's own notification settings: which reminders, and whether as one daily digest.</summary>
public sealed class BenachrichtigungenModel(ActorAccessor actors, NotificationPreferenceService preferences) : PageModel
{
    [BindProperty]
    public PreferencesInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await preferences.GetAsync(await actors.RequireAsync(cancellationToken), cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        Input = PreferencesInput.From(result.Value);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await preferences.SaveAsync(await actors.RequireAsync(cancellationToken), Input.ToPreference(), cancellationToken);
        if (!result.IsSuccess)
        {
            return PageErrors.Refusal(this, result.Error) ?? NotFound();
        }

        Notice = "Ihre Einstellungen sind gespeichert.";
        return Redirect("/Einstellungen/Benachrichtigungen");
    }

    /// <summary>The form: one switch per kind of reminder, and the digest.</summary>
    public sealed class PreferencesInput
    {
        [Display(Name = "Abstimmung endet bald")]
        public bool Voting { get; set; } = true;

        [Display(Name = "Abgabe der Modelle steht an")]
        public bool Modelling { get; set; } = true;

        [Display(Name = "Qualitätssicherung endet bald")]
        public bool Review { get; set; } = true;

        [Display(Name = "Prozesswerkstatt beginnt bald")]
        public bool Workshop { get; set; } = true;

        [Display(Name = "Nachbereitung endet bald")]
        public bool FollowUp { get; set; } = true;

        [Display(Name = "Überfällige Arbeiten (für die Koordination)")]
        public bool Escalation { get; set; } = true;

        [Display(Name = "Erinnerungen einmal täglich gesammelt in einer Mail")]
        public bool DailyDigest { get; set; }

        public static PreferencesInput From(NotificationPreference p)
        {
            ArgumentNullException.ThrowIfNull(p);
            return new() { Voting = p.Voting, Modelling = p.Modelling, Review = p.Review, Workshop = p.Workshop, FollowUp = p.FollowUp, Escalation = p.Escalation, DailyDigest = p.DailyDigest };
        }

        public NotificationPreference ToPreference() =>
            new() { Voting = Voting, Modelling = Modelling, Review = Review, Workshop = Workshop, FollowUp = FollowUp, Escalation = Escalation, DailyDigest = DailyDigest };
    }
}
