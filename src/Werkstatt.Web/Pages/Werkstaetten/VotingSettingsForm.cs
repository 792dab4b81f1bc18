using System.ComponentModel.DataAnnotations;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>The coordinator's form for the rules of a vote; names as in the domain, so messages land next to the field.</summary>
public sealed class VotingSettingsForm
{
    [Display(Name = "Punkte pro Verwaltung")]
    [Range(1, 20, ErrorMessage = "Bitte 1 bis 20 Punkte angeben.")]
    public int Budget { get; set; } = 3;

    [Display(Name = "Höchstens Punkte pro Thema")]
    [Range(1, 20, ErrorMessage = "Bitte 1 bis 20 Punkte angeben.")]
    public int MaxPerTopic { get; set; } = 2;

    [Display(Name = "Themen, die weiterkommen")]
    [Range(1, 50, ErrorMessage = "Bitte 1 bis 50 Themen angeben.")]
    public int Winners { get; set; } = 5;
}
