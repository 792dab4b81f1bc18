using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Network;

/// <summary>
/// A network's planning rhythm: every milestone as a day offset from the workshop's first day,
/// the time of day deadlines fall on, and the usual workshop hours.
/// </summary>
public sealed record ScheduleTemplate
{
    public static readonly ScheduleTemplate Default = new();

    public int TopicCollectionOpensDays { get; init; } = -84;

    public int VotingClosesDays { get; init; } = -70;

    public int AssignmentConfirmedDays { get; init; } = -63;

    public int ModelsDueDays { get; init; } = -35;

    public int ReviewDueDays { get; init; } = -21;

    public int PreReadOutDays { get; init; } = -7;

    public int FollowUpDueDays { get; init; } = 21;

    /// <summary>Berlin time at which the topic collection opens.</summary>
    public TimeOnly OpeningTime { get; init; } = new(8, 0);

    /// <summary>Berlin time at which deadlines end (a deadline "am 14.03." lasts the whole day).</summary>
    public TimeOnly DeadlineTime { get; init; } = new(23, 59);

    public TimeOnly WorkshopStartTime { get; init; } = new(9, 0);

    public TimeOnly WorkshopEndTime { get; init; } = new(16, 0);

    /// <summary>1 or 2.</summary>
    public int WorkshopDays { get; init; } = 2;

    public void EnsureValid()
    {
        int[] beforeWorkshop = [TopicCollectionOpensDays, VotingClosesDays, AssignmentConfirmedDays, ModelsDueDays, ReviewDueDays, PreReadOutDays];
        for (var i = 1; i < beforeWorkshop.Length; i++)
        {
            if (beforeWorkshop[i] <= beforeWorkshop[i - 1])
            {
                throw new DomainRuleViolation("TemplateOffsetsMustBeInOrder", "Die Fristen der Vorlage müssen in der Reihenfolge des Zyklus aufeinander folgen (Themensammlung, Abstimmung, Zuteilung, Modelle, QS, Vorabunterlagen).", nameof(TopicCollectionOpensDays));
            }
        }

        if (PreReadOutDays >= 0 || TopicCollectionOpensDays < -730)
        {
            throw new DomainRuleViolation("TemplateOffsetsMustBeBeforeWorkshop", "Alle Fristen vor der Werkstatt müssen vor dem ersten Werkstatttag liegen (höchstens zwei Jahre davor).", nameof(PreReadOutDays));
        }

        if (FollowUpDueDays < WorkshopDays || FollowUpDueDays > 365)
        {
            throw new DomainRuleViolation("FollowUpMustBeAfterWorkshop", "Die Nachbereitungsfrist muss nach dem letzten Werkstatttag liegen (höchstens ein Jahr danach).", nameof(FollowUpDueDays));
        }

        if (WorkshopDays is < 1 or > 2)
        {
            throw new DomainRuleViolation("WorkshopHasOneOrTwoDays", "Eine Werkstatt dauert einen oder zwei Tage.", nameof(WorkshopDays));
        }

        if (WorkshopEndTime <= WorkshopStartTime)
        {
            throw new DomainRuleViolation("WorkshopEndsAfterItStarts", "Das Ende eines Werkstatttags muss nach seinem Beginn liegen.", nameof(WorkshopEndTime));
        }
    }
}
