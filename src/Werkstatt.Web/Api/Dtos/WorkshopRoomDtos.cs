using Werkstatt.Domain.WorkshopNotes;
using Werkstatt.Service.WorkshopNotes;

namespace Werkstatt.Web.Api.Dtos;

/// <summary>A note of the workshop room as the API shows it.</summary>
public sealed record WorkshopNoteDto(Guid Id, NoteKind Kind, string KindName, string Text, Guid? MemberId, string? MemberName, DateTimeOffset WrittenAt, string WrittenBy, int Version)
{
    public static WorkshopNoteDto From(WorkshopNote note, RoomNotesView? view = null)
    {
        ArgumentNullException.ThrowIfNull(note);
        return new(note.Id.Value, note.Kind, note.Kind.GermanName(), note.Text, note.MemberId?.Value, view?.MemberName(note.MemberId) is { Length: > 0 } name ? name : null,
            note.WrittenAt, note.WrittenBy, note.Version);
    }
}

/// <summary>An action item (Maßnahme) as the API shows it; <c>due</c> is a Berlin date (yyyy-MM-dd).</summary>
public sealed record ActionItemDto(
    Guid Id, string Text, Guid Owner, string? OwnerName, DateOnly Due, ActionItemStatus Status, DateTimeOffset? DoneAt, string? DoneBy, int Version)
{
    public static ActionItemDto From(ActionItem item, RoomNotesView? view = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.Id.Value, item.Text, item.Owner.Value, view?.MemberName(item.Owner), item.Due, item.Status, item.DoneAt, item.DoneBy, item.Version);
    }
}

/// <summary>Everything noted for one process: notes, action items and what the caller may do.</summary>
public sealed record WorkshopRoomDto(IReadOnlyList<WorkshopNoteDto> Notes, IReadOnlyList<ActionItemDto> ActionItems, bool CanEdit, int WerkstattVersion)
{
    public static WorkshopRoomDto From(RoomNotesView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(view.Notes.Select(n => WorkshopNoteDto.From(n, view)).ToList(), view.ActionItems.Select(a => ActionItemDto.From(a, view)).ToList(), view.Rights.Edit, view.Werkstatt.Version);
    }
}

/// <summary>A new or changed note; <c>version</c> only for a change.</summary>
public sealed record NoteInputDto(NoteKind? Kind, string? Text, Guid? MemberId, int? Version);

/// <summary>A new or changed action item; <c>version</c> only for a change.</summary>
public sealed record ActionItemInputDto(string? Text, Guid? Owner, DateOnly? Due, int? Version);

/// <summary>Marks an action item done (true) or open again (false).</summary>
public sealed record ActionItemDoneDto(bool Done, int? Version);
