using System.ComponentModel.DataAnnotations;
using Werkstatt.Domain.Network;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>The form to derive a process; property names are the domain's field names.</summary>
public sealed class ProcessForm
{
    [Display(Name = "Aus dem Thema")]
    [Required(ErrorMessage = "Bitte ein gewähltes Thema wählen.")]
    public Guid? TopicId { get; set; }

    [Display(Name = "Name des Prozesses")]
    [Required(ErrorMessage = "Bitte einen Namen angeben.")]
    public string? Name { get; set; }

    [Display(Name = "LeiKa-Schlüssel (optional)")]
    public string? LeikaKey { get; set; }

    [Display(Name = "Modellierende Verwaltungen")]
    public int ModellersNeeded { get; set; } = 1;

    [Display(Name = "Ebenen")]
    public List<MemberLevel> Levels { get; set; } = [];

    [Display(Name = "Ebenenübergreifend (Kreis und Stadt/Gemeinde wirken zusammen)")]
    public bool CrossesLevels { get; set; }
}
