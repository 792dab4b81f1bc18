using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.WorkshopNotes.Rules;

namespace Werkstatt.Domain.WorkshopNotes;

/// <summary>
/// A Maßnahme agreed in the workshop for one process: what, which member is responsible, until when (a Berlin date),
/// open or done. Its owner's people see it in "Meine Aufgaben" and are reminded before the due date.
/// </summary>
public sealed class ActionItem : AggregateRoot
{
    public const int TextMaxLength = 1000;

    /// <summary>Reminders and escalations go out at this Berlin time of their day, not at midnight.</summary>
    public static readonly TimeOnly NoticeTime = new(8, 0);

    private ActionItem()
    {
        Text = string.Empty;
        CreatedBy = string.Empty;
    }

    public ActionItemId Id { get; private set; }

    public WerkstattId WerkstattId { get; private set; }

    public ProcessId ProcessId { get; private set; }

    public string Text { get; private set; }

    public MemberId Owner { get; private set; }

    public DateOnly Due { get; private set; }

    public ActionItemStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset? DoneAt { get; private set; }

    public string? DoneBy { get; private set; }

    /// <summary>The end of the due day (23:59 Berlin): after it an open item is overdue.</summary>
    public DateTimeOffset DueAt => BerlinTime.ToUtc(Due, new TimeOnly(23, 59));

    /// <summary>The due day at <see cref="NoticeTime"/>: reminders go out whole days before it, the escalation days after.</summary>
    public DateTimeOffset NoticeAt => BerlinTime.ToUtc(Due, NoticeTime);

    public bool IsOverdue(DateTimeOffset now) => Status == ActionItemStatus.Open && now > DueAt;

    public static ActionItem Agree(
        WerkstattId werkstattId, ProcessId processId, Phase phase, string? text, MemberId owner, bool ownerInNetwork, DateOnly due, DateOnly firstWorkshopDay,
        DateTimeOffset now, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var item = new ActionItem
        {
            Id = ActionItemId.New(), WerkstattId = werkstattId, ProcessId = processId, Status = ActionItemStatus.Open, CreatedAt = now,
            CreatedBy = by.Length <= WorkshopNote.ByMaxLength ? by : by[..WorkshopNote.ByMaxLength],
        };
        item.Set(phase, text, owner, ownerInNetwork, due, firstWorkshopDay);
        return item;
    }

    public void Edit(Phase phase, string? text, MemberId owner, bool ownerInNetwork, DateOnly due, DateOnly firstWorkshopDay) =>
        Set(phase, text, owner, ownerInNetwork, due, firstWorkshopDay);

    /// <summary>Marks the item done, or open again; allowed also after publishing (the work goes on).</summary>
    public void MarkDone(bool done, Phase phase, DateTimeOffset now, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        CheckRule(new ActionItemsAreTrackedFromTheWorkshopOnRule(phase));
        var wanted = done ? ActionItemStatus.Done : ActionItemStatus.Open;
        CheckRule(new ActionItemIsDoneOnlyOnceRule(Status, wanted));
        Status = wanted;
        DoneAt = done ? now : null;
        DoneBy = done ? (by.Length <= WorkshopNote.ByMaxLength ? by : by[..WorkshopNote.ByMaxLength]) : null;
    }

    /// <summary>Throws when the item may not be deleted now (same phases as agreeing it).</summary>
    public static void EnsureRemovable(Phase phase) => CheckRule(new WorkshopNotesAreTakenDuringTheWorkshopAndFollowUpRule(phase));

    private void Set(Phase phase, string? text, MemberId owner, bool ownerInNetwork, DateOnly due, DateOnly firstWorkshopDay)
    {
        CheckRule(new WorkshopNotesAreTakenDuringTheWorkshopAndFollowUpRule(phase));
        var checkedText = NoteText.Required(text, TextMaxLength, nameof(Text), "Die Maßnahme");
        NoteText.Check(new ActionItemOwnerIsAMemberOfTheNetworkRule(ownerInNetwork), nameof(Owner));
        NoteText.Check(new ActionItemsAreNotDueBeforeTheWorkshopRule(due, firstWorkshopDay), nameof(Due));
        Text = checkedText;
        Owner = owner;
        Due = due;
    }
}
