using Werkstatt.Domain.Network;
using Werkstatt.Domain.Review;
using Werkstatt.Service.Submissions;

namespace Werkstatt.Service.WorkshopNotes;

/// <summary>
/// The Werkstattraum of one process: the members' as-is models and profiles compared side by side, the reviewer's
/// remarks per member (only for submissions the actor may see), and the notes and action items.
/// </summary>
public sealed record WorkshopRoomView(ComparisonView Comparison, RoomNotesView Notes, IReadOnlyDictionary<MemberId, IReadOnlyList<ReviewComment>> Remarks);
