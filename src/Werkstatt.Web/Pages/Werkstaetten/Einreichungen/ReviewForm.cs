using System.ComponentModel.DataAnnotations;

namespace Werkstatt.Web.Pages.Werkstaetten.Einreichungen;

/// <summary>The reviewer's forms: rework (up to three comments, each optionally at an element, and a deadline), approval note, excuse reason.</summary>
public sealed class ReviewForm
{
    public const int CommentRows = 3;

    public List<string?> CommentTexts { get; set; } = [];

    public List<string?> CommentElements { get; set; } = [];

    [Display(Name = "Neue Frist für die Überarbeitung")]
    public DateTime? Deadline { get; set; }

    [Display(Name = "Anmerkung zur Freigabe (optional)")]
    public string? Note { get; set; }

    [Display(Name = "Begründung")]
    public string? Reason { get; set; }

    public int Version { get; set; }
}
