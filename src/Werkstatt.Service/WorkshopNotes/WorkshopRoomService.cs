using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Review;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Submissions;

namespace Werkstatt.Service.WorkshopNotes;

/// <summary>Everything the Werkstattraum page shows, for everyone in the network (the comparison applies its own visibility).</summary>
public sealed class WorkshopRoomService(WerkstattDbContext db, ComparisonService comparison, WorkshopNotesService notes)
{
    public async Task<Result<WorkshopRoomView>> GetAsync(Actor actor, WerkstattId werkstattId, ProcessId processId, CancellationToken cancellationToken = default)
    {
        var room = await notes.GetAsync(actor, werkstattId, processId, cancellationToken);
        if (!room.IsSuccess)
        {
            return room.Error;
        }

        var compared = await comparison.CompareAsync(actor, werkstattId, processId, cancellationToken);
        if (!compared.IsSuccess)
        {
            return compared.Error;
        }

        var visible = compared.Value.Sides.Where(s => s.Visible).Select(s => s.Member.Id).ToList();
        var submissions = await db.Set<Submission>().AsNoTracking()
            .Where(s => s.WerkstattId == werkstattId && s.ProcessId == processId && visible.Contains(s.MemberId))
            .ToListAsync(cancellationToken);
        var remarks = submissions.ToDictionary(s => s.MemberId, s => (IReadOnlyList<ReviewComment>)s.Comments.OrderBy(c => c.At).ToList());
        return new WorkshopRoomView(compared.Value, room.Value, remarks);
    }
}
