using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.WorkshopNotes;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.WorkshopNotes;

/// <summary>The notes and action items of one process of one Werkstatt, with the network's members for names and choices.</summary>
public sealed record RoomNotesView(
    WerkstattAggregate Werkstatt,
    Process Process,
    IReadOnlyList<WorkshopNote> Notes,
    IReadOnlyList<ActionItem> ActionItems,
    IReadOnlyDictionary<MemberId, string> Members,
    NotesRights Rights)
{
    public string MemberName(MemberId? id) => id is { } m ? Members.GetValueOrDefault(m, "Verwaltung") : string.Empty;
}
