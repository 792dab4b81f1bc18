using System.ComponentModel.DataAnnotations;
using Werkstatt.Domain.Calendar;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Networks;

namespace Werkstatt.Web.Pages.Verwaltung;

/// <summary>The network settings form; names follow <see cref="ScheduleTemplate"/>, so the service's field errors land next to the input.</summary>
public sealed class NetworkInput
{
    private const string MissingDays = "Bitte die Zahl der Tage angeben.";
    private const string MissingTime = "Bitte eine Uhrzeit angeben.";

    /// <summary>The day offsets in the order of the cycle, for the form.</summary>
    public static readonly IReadOnlyList<string> OffsetFields =
    [
        nameof(TopicCollectionOpensDays), nameof(VotingClosesDays), nameof(AssignmentConfirmedDays), nameof(ModelsDueDays),
        nameof(ReviewDueDays), nameof(PreReadOutDays), nameof(FollowUpDueDays),
    ];

    public static readonly IReadOnlyList<string> TimeFields = [nameof(OpeningTime), nameof(DeadlineTime), nameof(WorkshopStartTime), nameof(WorkshopEndTime)];

    [Display(Name = "Name des Netzwerks")]
    [Required(ErrorMessage = "Bitte den Namen des Netzwerks angeben.")]
    public string? Name { get; set; }

    [Display(Name = "Bundesland")]
    [Required(ErrorMessage = "Bitte das Bundesland wählen.")]
    public FederalState? FederalState { get; set; }

    [Display(Name = "Beginn der Themensammlung")]
    [Required(ErrorMessage = MissingDays)]
    public int? TopicCollectionOpensDays { get; set; }

    [Display(Name = "Ende der Abstimmung")]
    [Required(ErrorMessage = MissingDays)]
    public int? VotingClosesDays { get; set; }

    [Display(Name = "Zuteilung bestätigt")]
    [Required(ErrorMessage = MissingDays)]
    public int? AssignmentConfirmedDays { get; set; }

    [Display(Name = "Abgabe der Modelle")]
    [Required(ErrorMessage = MissingDays)]
    public int? ModelsDueDays { get; set; }

    [Display(Name = "Ende der Qualitätssicherung")]
    [Required(ErrorMessage = MissingDays)]
    public int? ReviewDueDays { get; set; }

    [Display(Name = "Versand der Vorabunterlagen")]
    [Required(ErrorMessage = MissingDays)]
    public int? PreReadOutDays { get; set; }

    [Display(Name = "Ende der Nachbereitung")]
    [Required(ErrorMessage = MissingDays)]
    public int? FollowUpDueDays { get; set; }

    [Display(Name = "Beginn der Themensammlung um")]
    [Required(ErrorMessage = MissingTime)]
    public TimeOnly? OpeningTime { get; set; }

    [Display(Name = "Fristende um")]
    [Required(ErrorMessage = MissingTime)]
    public TimeOnly? DeadlineTime { get; set; }

    [Display(Name = "Werkstatttag beginnt um")]
    [Required(ErrorMessage = MissingTime)]
    public TimeOnly? WorkshopStartTime { get; set; }

    [Display(Name = "Werkstatttag endet um")]
    [Required(ErrorMessage = MissingTime)]
    public TimeOnly? WorkshopEndTime { get; set; }

    [Display(Name = "Werkstatttage")]
    [Required(ErrorMessage = "Bitte angeben, ob eine Werkstatt einen oder zwei Tage dauert.")]
    public int? WorkshopDays { get; set; }

    public int? Version { get; set; }

    public static NetworkInput From(Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var t = network.Template;
        return new NetworkInput
        {
            Name = network.Name,
            FederalState = network.FederalState,
            TopicCollectionOpensDays = t.TopicCollectionOpensDays,
            VotingClosesDays = t.VotingClosesDays,
            AssignmentConfirmedDays = t.AssignmentConfirmedDays,
            ModelsDueDays = t.ModelsDueDays,
            ReviewDueDays = t.ReviewDueDays,
            PreReadOutDays = t.PreReadOutDays,
            FollowUpDueDays = t.FollowUpDueDays,
            OpeningTime = t.OpeningTime,
            DeadlineTime = t.DeadlineTime,
            WorkshopStartTime = t.WorkshopStartTime,
            WorkshopEndTime = t.WorkshopEndTime,
            WorkshopDays = t.WorkshopDays,
            Version = network.Version,
        };
    }

    /// <summary>Only after validation: every required value is there.</summary>
    public UpdateNetwork ToCommand()
    {
        var template = ScheduleTemplate.Default with
        {
            TopicCollectionOpensDays = TopicCollectionOpensDays!.Value,
            VotingClosesDays = VotingClosesDays!.Value,
            AssignmentConfirmedDays = AssignmentConfirmedDays!.Value,
            ModelsDueDays = ModelsDueDays!.Value,
            ReviewDueDays = ReviewDueDays!.Value,
            PreReadOutDays = PreReadOutDays!.Value,
            FollowUpDueDays = FollowUpDueDays!.Value,
            OpeningTime = OpeningTime!.Value,
            DeadlineTime = DeadlineTime!.Value,
            WorkshopStartTime = WorkshopStartTime!.Value,
            WorkshopEndTime = WorkshopEndTime!.Value,
            WorkshopDays = WorkshopDays!.Value,
        };
        return new UpdateNetwork(Name ?? string.Empty, FederalState!.Value, template, Version);
    }
}
