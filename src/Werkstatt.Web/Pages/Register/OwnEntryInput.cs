using System.ComponentModel.DataAnnotations;
using Werkstatt.Domain.Registers;

namespace Werkstatt.Web.Pages.Register;

/// <summary>The form for a member's own process.</summary>
public sealed class OwnEntryInput
{
    [Display(Name = "Gruppe")]
    [Required(ErrorMessage = "Bitte eine Gruppe angeben.")]
    [StringLength(RegisterEntry.GroupMaxLength)]
    public string? Group { get; set; }

    [Display(Name = "Prozess")]
    [Required(ErrorMessage = "Bitte den Namen des Prozesses angeben.")]
    [StringLength(RegisterEntry.NameMaxLength)]
    public string? Name { get; set; }

    [Display(Name = "LeiKa-Schlüssel (optional)")]
    public string? LeikaKey { get; set; }

    [Display(Name = "Beschreibung (optional)")]
    [StringLength(RegisterEntry.DescriptionMaxLength)]
    public string? Description { get; set; }
}
