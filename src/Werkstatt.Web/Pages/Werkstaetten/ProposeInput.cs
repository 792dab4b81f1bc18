using System.ComponentModel.DataAnnotations;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>The form of a topic proposal; property names are the domain's field names, so its messages land next to the field.</summary>
public sealed class ProposeInput
{
    [Display(Name = "Titel")]
    [Required(ErrorMessage = "Bitte einen Titel angeben.")]
    public string? Title { get; set; }

    [Display(Name = "Beschreibung")]
    [Required(ErrorMessage = "Bitte das Thema kurz beschreiben.")]
    public string? Description { get; set; }

    [Display(Name = "Warum jetzt?")]
    [Required(ErrorMessage = "Bitte angeben, warum das Thema jetzt wichtig ist.")]
    public string? WhyNow { get; set; }
}
