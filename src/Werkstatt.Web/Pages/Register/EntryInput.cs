using System.ComponentModel.DataAnnotations;
using Werkstatt.Domain.Registers;

namespace Werkstatt.Web.Pages.Register;

/// <summary>The form of one register entry: name, group, attributes and the member's own attribute values.</summary>
public sealed class EntryInput
{
    [Display(Name = "Prozess")]
    [Required(ErrorMessage = "Bitte den Namen des Prozesses angeben.")]
    public string? Name { get; set; }

    [Display(Name = "Gruppe")]
    [Required(ErrorMessage = "Bitte eine Gruppe angeben.")]
    public string? Group { get; set; }

    [Display(Name = "LeiKa-Schlüssel")]
    public string? LeikaKey { get; set; }

    [Display(Name = "Beschreibung")]
    public string? Description { get; set; }

    [Display(Name = "Organisationseinheit")]
    public string? OwnerUnit { get; set; }

    [Display(Name = "Verantwortliche Person")]
    public string? ResponsiblePerson { get; set; }

    [Display(Name = "Fallzahl pro Jahr")]
    [Range(0, RegisterEntry.MaxCaseVolume, ErrorMessage = "Die Fallzahl muss zwischen 0 und 100.000.000 liegen.")]
    public int? CaseVolume { get; set; }

    [Display(Name = "Priorität")]
    public RegisterPriority? Priority { get; set; }

    [Display(Name = "Status")]
    public ProcessStatus Status { get; set; }

    [Display(Name = "Bibliothekseintrag (Kennung, optional)")]
    public string? LibraryEntryId { get; set; }

    /// <summary>Own attribute values by definition id, as typed.</summary>
    public Dictionary<Guid, string?> Values { get; set; } = [];
}
