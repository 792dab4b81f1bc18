using Werkstatt.Domain.Network;
using Werkstatt.Domain.WorkshopNotes;

namespace Werkstatt.Service.WorkshopNotes;

/// <summary>
/// What the actor may do in the workshop room now: facilitators (coordination, consultants) write notes and action
/// items during the workshop and follow-up (<see cref="Edit"/>) and mark any item done (<see cref="MarkDoneAny"/>, also
/// after publishing); a member's process managers mark their own member's items done (<see cref="OwnMember"/>).
/// </summary>
public sealed record NotesRights(bool Edit, bool MarkDoneAny, MemberId? OwnMember)
{
    public bool CanMarkDone(ActionItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return MarkDoneAny || (OwnMember is { } own && own == item.Owner);
    }
}
