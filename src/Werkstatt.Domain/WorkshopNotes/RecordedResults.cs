namespace Werkstatt.Domain.WorkshopNotes;

/// <summary>What the workshop recorded for one process, in the order the room lists it (by kind, then as written; items by due date).</summary>
public sealed record RecordedResults(IReadOnlyList<RecordedNote> Notes, IReadOnlyList<RecordedActionItem> ActionItems)
{
    public static RecordedResults None { get; } = new([], []);

    public bool IsEmpty => Notes.Count == 0 && ActionItems.Count == 0;
}
