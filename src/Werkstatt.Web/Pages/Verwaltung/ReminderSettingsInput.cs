using System.ComponentModel.DataAnnotations;
using Werkstatt.Service.Jobs;

namespace Werkstatt.Web.Pages.Verwaltung;

/// <summary>The network's reminder offsets as the form shows them ("7, 2").</summary>
public sealed class ReminderSettingsInput
{
    [Display(Name = "Abstimmung (Tage vor Ende)")]
    [MaxLength(ReminderSettings.ListMaxLength)]
    public string? VotingDays { get; set; }

    [Display(Name = "Modelle (Tage vor Abgabe)")]
    [MaxLength(ReminderSettings.ListMaxLength)]
    public string? ModellingDays { get; set; }

    [Display(Name = "Qualitätssicherung (Tage vor Ende)")]
    [MaxLength(ReminderSettings.ListMaxLength)]
    public string? ReviewDays { get; set; }

    [Display(Name = "Werkstatt (Tage vor dem 1. Tag)")]
    [MaxLength(ReminderSettings.ListMaxLength)]
    public string? WorkshopDays { get; set; }

    [Display(Name = "Nachbereitung (Tage vor Ende)")]
    [MaxLength(ReminderSettings.ListMaxLength)]
    public string? FollowUpDays { get; set; }

    [Display(Name = "Eskalation an die Koordination (Tage nach der Frist, 0 = keine)")]
    [Range(0, 60, ErrorMessage = "Bitte 0 bis 60 Tage angeben.")]
    public int EscalationDays { get; set; } = 1;

    public static IReadOnlyList<string> Lists { get; } = [nameof(VotingDays), nameof(ModellingDays), nameof(ReviewDays), nameof(WorkshopDays), nameof(FollowUpDays)];

    public static ReminderSettingsInput From(ReminderSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new ReminderSettingsInput
        {
            VotingDays = Show(settings.VotingDays),
            ModellingDays = Show(settings.ModellingDays),
            ReviewDays = Show(settings.ReviewDays),
            WorkshopDays = Show(settings.WorkshopDays),
            FollowUpDays = Show(settings.FollowUpDays),
            EscalationDays = settings.EscalationDays,
        };
    }

    public ReminderSettings ToSettings(Guid network) => new()
    {
        NetworkId = network,
        VotingDays = VotingDays ?? string.Empty,
        ModellingDays = ModellingDays ?? string.Empty,
        ReviewDays = ReviewDays ?? string.Empty,
        WorkshopDays = WorkshopDays ?? string.Empty,
        FollowUpDays = FollowUpDays ?? string.Empty,
        EscalationDays = EscalationDays,
    };

    private static string Show(string list) => list.Replace(",", ", ", StringComparison.Ordinal);
}
