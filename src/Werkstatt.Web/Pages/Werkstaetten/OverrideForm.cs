using System.ComponentModel.DataAnnotations;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>The coordinator's change of one board cell.</summary>
public sealed class OverrideForm
{
    [Display(Name = "Prozess")]
    [Required(ErrorMessage = "Bitte einen Prozess wählen.")]
    public Guid? ProcessId { get; set; }

    [Display(Name = "Verwaltung")]
    [Required(ErrorMessage = "Bitte eine Verwaltung wählen.")]
    public Guid? MemberId { get; set; }

    /// <summary>True: put the member on the process; false: take it off.</summary>
    public bool Assign { get; set; } = true;

    [Display(Name = "Ich weiß, dass diese Änderung eine feste Regel der Zuteilung verletzt, und nehme sie trotzdem vor (wird festgehalten).")]
    public bool ConfirmViolation { get; set; }
}
