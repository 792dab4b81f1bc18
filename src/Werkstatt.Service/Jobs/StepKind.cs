namespace Werkstatt.Service.Jobs;

/// <summary>What a planned job does at its milestone.</summary>
public enum StepKind
{
    /// <summary>Mails the people who still have work before the deadline.</summary>
    Reminder,

    /// <summary>Runs the milestone's <see cref="IDeadlineAction"/> at the deadline (e.g. closes the voting).</summary>
    Deadline,

    /// <summary>Tells the coordination, once, that the work is overdue.</summary>
    Escalation,
}
