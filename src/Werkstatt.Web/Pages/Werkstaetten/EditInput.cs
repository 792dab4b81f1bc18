using System.ComponentModel.DataAnnotations;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Werkstaetten;

namespace Werkstatt.Web.Pages.Werkstaetten;

/// <summary>
/// The edit form of a Werkstatt. Date-times are Berlin wall times from datetime-local inputs; the property names are
/// those of <see cref="ScheduleInput"/>, so the service's field errors land next to the right input.
/// </summary>
public sealed class EditInput : IVenueInput
{
    private const string Missing = "Bitte Datum und Uhrzeit angeben.";

    /// <summary>The schedule fields in the order of the cycle, for the form.</summary>
    public static readonly IReadOnlyList<string> BeforeWorkshop =
        [nameof(TopicCollectionOpens), nameof(VotingCloses), nameof(AssignmentConfirmed), nameof(ModelsDue), nameof(ReviewDue), nameof(PreReadOut)];

    public static readonly IReadOnlyList<string> WorkshopDays = [nameof(Day1Start), nameof(Day1End), nameof(Day2Start), nameof(Day2End)];

    [Display(Name = "Titel")]
    [Required(ErrorMessage = "Bitte einen Titel angeben.")]
    public string? Title { get; set; }

    [Display(Name = "Beginn der Themensammlung")]
    [Required(ErrorMessage = Missing)]
    public DateTime? TopicCollectionOpens { get; set; }

    [Display(Name = "Ende der Abstimmung")]
    [Required(ErrorMessage = Missing)]
    public DateTime? VotingCloses { get; set; }

    [Display(Name = "Zuteilung bestätigt")]
    [Required(ErrorMessage = Missing)]
    public DateTime? AssignmentConfirmed { get; set; }

    [Display(Name = "Abgabe der Modelle")]
    [Required(ErrorMessage = Missing)]
    public DateTime? ModelsDue { get; set; }

    [Display(Name = "Ende der Qualitätssicherung")]
    [Required(ErrorMessage = Missing)]
    public DateTime? ReviewDue { get; set; }

    [Display(Name = "Versand der Vorabunterlagen")]
    [Required(ErrorMessage = Missing)]
    public DateTime? PreReadOut { get; set; }

    [Display(Name = "1. Werkstatttag: Beginn")]
    [Required(ErrorMessage = Missing)]
    public DateTime? Day1Start { get; set; }

    [Display(Name = "1. Werkstatttag: Ende")]
    [Required(ErrorMessage = Missing)]
    public DateTime? Day1End { get; set; }

    [Display(Name = "2. Werkstatttag: Beginn (optional)")]
    public DateTime? Day2Start { get; set; }

    [Display(Name = "2. Werkstatttag: Ende (optional)")]
    public DateTime? Day2End { get; set; }

    [Display(Name = "Ende der Nachbereitung")]
    [Required(ErrorMessage = Missing)]
    public DateTime? FollowUpDue { get; set; }

    [Display(Name = "Format")]
    [Required(ErrorMessage = "Bitte „Online“ oder „Präsenz“ wählen.")]
    public WorkshopFormat? Format { get; set; }

    [Display(Name = "Link zum Meeting")]
    public string? MeetingUrl { get; set; }

    [Display(Name = "Adresse")]
    public string? Address { get; set; }

    public int? Version { get; set; }

    public static EditInput From(WerkstattView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var w = view.Werkstatt;
        var s = w.Schedule;
        return new EditInput
        {
            Title = w.Title,
            TopicCollectionOpens = Display.ToInput(s.TopicCollectionOpens),
            VotingCloses = Display.ToInput(s.VotingCloses),
            AssignmentConfirmed = Display.ToInput(s.AssignmentConfirmed),
            ModelsDue = Display.ToInput(s.ModelsDue),
            ReviewDue = Display.ToInput(s.ReviewDue),
            PreReadOut = Display.ToInput(s.PreReadOut),
            Day1Start = Display.ToInput(s.Day1Start),
            Day1End = Display.ToInput(s.Day1End),
            Day2Start = s.Day2Start is { } d2s ? Display.ToInput(d2s) : null,
            Day2End = s.Day2End is { } d2e ? Display.ToInput(d2e) : null,
            FollowUpDue = Display.ToInput(s.FollowUpDue),
            Format = w.Venue.Format,
            MeetingUrl = w.Venue.MeetingUrl,
            Address = w.Venue.Address,
            Version = w.Version,
        };
    }

    /// <summary>Only after validation: every required value is there.</summary>
    public UpdateWerkstatt ToCommand()
    {
        var schedule = new ScheduleInput(
            At(TopicCollectionOpens), At(VotingCloses), At(AssignmentConfirmed), At(ModelsDue), At(ReviewDue), At(PreReadOut),
            At(Day1Start), At(Day1End), Day2Start is { } d2s ? Display.FromInput(d2s) : null, Day2End is { } d2e ? Display.FromInput(d2e) : null,
            At(FollowUpDue));
        return new UpdateWerkstatt(Title ?? string.Empty, schedule, Format!.Value, MeetingUrl, Address, Version);
    }

    private static DateTimeOffset At(DateTime? wallTime) => Display.FromInput(wallTime!.Value);
}
