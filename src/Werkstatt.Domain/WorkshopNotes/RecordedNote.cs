using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.WorkshopNotes;

/// <summary>A note as the dossier and the library keep it: kind, text and, for good practice, the member (id and name).</summary>
public sealed record RecordedNote(NoteKind Kind, string Text, MemberId? MemberId, string? MemberName);
