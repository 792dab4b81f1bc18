using System.ComponentModel.DataAnnotations;
using Werkstatt.Domain.WorkshopNotes;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>The Werkstattraum's note form (new or changed note); property names are the service's field names.</summary>
public sealed class NoteForm
{
    /// <summary>The note being changed; empty for a new one.</summary>
    public Guid? Id { get; set; }

    [Display(Name = "Art")]
    public NoteKind? Kind { get; set; } = NoteKind.Weakness;

    [Display(Name = "Notiz")]
    public string? Text { get; set; }

    [Display(Name = "Verwaltung (nur bei guter Praxis, optional)")]
    public Guid? MemberId { get; set; }

    public int Version { get; set; }
}
