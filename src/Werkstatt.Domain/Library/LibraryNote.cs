using Werkstatt.Domain.WorkshopNotes;

namespace Werkstatt.Domain.Library;

/// <summary>A workshop note kept with a library version: kind, text, and for good practice the member (id and name at the time).</summary>
public sealed record LibraryNote(NoteKind Kind, string Text, Guid? MemberId, string? MemberName)
{
    public static LibraryNote From(RecordedNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return new LibraryNote(note.Kind, note.Text, note.MemberId?.Value, note.MemberName);
    }
}
