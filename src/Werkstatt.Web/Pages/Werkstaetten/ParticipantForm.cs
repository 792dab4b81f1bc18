using System.ComponentModel.DataAnnotations;
using Werkstatt.Domain.Participants;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>The form to register a participant; property names are the service's field names.</summary>
public sealed class ParticipantForm
{
    [Display(Name = "Person")]
    [Required(ErrorMessage = "Bitte eine Person auswählen.")]
    public Guid? PersonId { get; set; }

    [Display(Name = "Rolle in der Werkstatt")]
    [Required(ErrorMessage = "Bitte „Prozessmanager:in“ oder „Fachexpert:in“ wählen.")]
    public ParticipantRole? Role { get; set; } = ParticipantRole.Expert;

    [Display(Name = "Funktion (optional)")]
    public string? Function { get; set; }

    [Display(Name = "Für die Prozesse (keine Auswahl: ganze Werkstatt)")]
    public List<Guid> ProcessIds { get; set; } = [];
}
