using System.ComponentModel.DataAnnotations;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>The Werkstattraum's action item form (new or changed Maßnahme); property names are the service's field names.</summary>
public sealed class ActionItemForm
{
    /// <summary>The item being changed; empty for a new one.</summary>
    public Guid? Id { get; set; }

    [Display(Name = "Maßnahme")]
    public string? Text { get; set; }

    [Display(Name = "Verantwortliche Verwaltung")]
    public Guid? Owner { get; set; }

    [Display(Name = "Frist")]
    public DateOnly? Due { get; set; }

    public int Version { get; set; }
}
