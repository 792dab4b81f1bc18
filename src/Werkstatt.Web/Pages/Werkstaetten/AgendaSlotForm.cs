using System.ComponentModel.DataAnnotations;
using Werkstatt.Domain.Workshop;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>The form of one agenda slot; property names are the domain's field names (Start, Duration, ProcessId, Title).</summary>
public sealed class AgendaSlotForm
{
    [Range(1, 2, ErrorMessage = "Bitte Tag 1 oder 2 wählen.")]
    public int Day { get; set; } = 1;

    /// <summary>The slot being edited; empty for a new one.</summary>
    public int? Slot { get; set; }

    [Display(Name = "Art")]
    [Required(ErrorMessage = "Bitte die Art des Programmpunkts wählen.")]
    public AgendaEntryKind? Kind { get; set; } = AgendaEntryKind.Process;

    [Display(Name = "Prozess (bei Art „Prozess“)")]
    public Guid? ProcessId { get; set; }

    [Display(Name = "Titel (optional)")]
    [StringLength(AgendaEntry.TitleMaxLength, ErrorMessage = "Der Titel darf höchstens {1} Zeichen lang sein.")]
    public string? Title { get; set; }

    [Display(Name = "Beginn")]
    [Required(ErrorMessage = "Bitte den Beginn angeben.")]
    public TimeOnly? Start { get; set; }

    [Display(Name = "Dauer in Minuten")]
    [Required(ErrorMessage = "Bitte die Dauer angeben.")]
    [Range(1, 780, ErrorMessage = "Die Dauer muss zwischen 1 und 780 Minuten liegen.")]
    public int? Duration { get; set; }

    public int Version { get; set; }
}
