using Werkstatt.Domain.WorkshopNotes;

namespace Werkstatt.Service.WorkshopNotes;

/// <summary>A note as a form or request sends it; <see cref="MemberId"/> only for good practice.</summary>
public sealed record NoteInput(NoteKind? Kind, string? Text, Guid? MemberId);
