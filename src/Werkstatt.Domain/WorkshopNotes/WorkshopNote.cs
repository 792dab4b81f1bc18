using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.WorkshopNotes.Rules;

namespace Werkstatt.Domain.WorkshopNotes;

/// <summary>
/// What the workshop found about one process: a weak spot, an idea, a member's good practice, an open question or a
/// decision. Kept per (Werkstatt, process); who said it is not recorded, only who wrote it down.
/// </summary>
public sealed class WorkshopNote : AggregateRoot
{
    public const int TextMaxLength = 2000;
    public const int ByMaxLength = 200;

    private WorkshopNote()
    {
        Text = string.Empty;
        WrittenBy = string.Empty;
    }

    public WorkshopNoteId Id { get; private set; }

    public WerkstattId WerkstattId { get; private set; }

    public ProcessId ProcessId { get; private set; }

    public NoteKind Kind { get; private set; }

    public string Text { get; private set; }

    /// <summary>For <see cref="NoteKind.GoodPractice"/>: the member whose practice it is (optional).</summary>
    public MemberId? MemberId { get; private set; }

    public DateTimeOffset WrittenAt { get; private set; }

    public string WrittenBy { get; private set; }

    public DateTimeOffset? ChangedAt { get; private set; }

    /// <summary>Writes a note. <paramref name="memberInNetwork"/>: the service checked that <paramref name="member"/> is one of the network's.</summary>
    public static WorkshopNote Write(
        WerkstattId werkstattId, ProcessId processId, Phase phase, NoteKind kind, string? text, MemberId? member, bool memberInNetwork, DateTimeOffset now, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var note = new WorkshopNote
        {
            Id = WorkshopNoteId.New(), WerkstattId = werkstattId, ProcessId = processId, WrittenAt = now,
            WrittenBy = by.Length <= ByMaxLength ? by : by[..ByMaxLength],
        };
        note.Set(phase, kind, text, member, memberInNetwork);
        return note;
    }

    public void Edit(Phase phase, NoteKind kind, string? text, MemberId? member, bool memberInNetwork, DateTimeOffset now)
    {
        Set(phase, kind, text, member, memberInNetwork);
        ChangedAt = now;
    }

    /// <summary>Throws when the note may not be deleted now (same phases as writing).</summary>
    public static void EnsureRemovable(Phase phase) => CheckRule(new WorkshopNotesAreTakenDuringTheWorkshopAndFollowUpRule(phase));

    private void Set(Phase phase, NoteKind kind, string? text, MemberId? member, bool memberInNetwork)
    {
        // Check everything before changing anything.
        CheckRule(new WorkshopNotesAreTakenDuringTheWorkshopAndFollowUpRule(phase));
        if (!Enum.IsDefined(kind))
        {
            throw new DomainRuleViolation("NoteKindMustBeKnown", "Bitte eine der angebotenen Arten wählen.", nameof(Kind));
        }

        var checkedText = NoteText.Required(text, TextMaxLength, nameof(Text), "Die Notiz");
        NoteText.Check(new GoodPracticeNamesAMemberOfTheNetworkRule(kind, member is not null, memberInNetwork), nameof(MemberId));
        Kind = kind;
        Text = checkedText;
        MemberId = member;
    }
}
