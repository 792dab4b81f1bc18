using Werkstatt.Domain.Cycle;

namespace Werkstatt.Service.Jobs.Recipients;

/// <summary>The service keys of <see cref="IRecipientResolver"/> registrations.</summary>
public static class RecipientKeys
{
    public static string Reminder(MilestoneKind milestone) => $"Reminder.{milestone}";

    public static string Escalation(MilestoneKind milestone) => $"Escalation.{milestone}";

    public static string For(StepKind kind, MilestoneKind milestone) => kind == StepKind.Escalation ? Escalation(milestone) : Reminder(milestone);
}
