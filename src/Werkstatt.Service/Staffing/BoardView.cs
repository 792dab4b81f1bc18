using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Staffing;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Staffing;

/// <summary>The coordinator's board: processes × members with claims, bids, the plan (proposal and changes by hand) and each member's load.</summary>
public sealed record BoardView(
    WerkstattAggregate Werkstatt,
    IReadOnlyList<Process> Processes,
    IReadOnlyList<BoardMember> Members,
    StaffingPlan Plan,
    IReadOnlyDictionary<MemberId, LoadHistory> History,
    bool IsOpen)
{
    public PlanCell? CellOf(ProcessId process, MemberId member) => Plan.Cells.FirstOrDefault(c => c.ProcessId == process && c.MemberId == member);

    /// <summary>Processes the plan gives the member.</summary>
    public int Load(MemberId member) => Plan.Cells.Count(c => c.MemberId == member);

    public int OpenSlots(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        return Math.Max(0, process.ModellersNeeded - Plan.Cells.Count(c => c.ProcessId == process.Id));
    }

    public string? GapReason(ProcessId process) => Plan.Gaps.FirstOrDefault(g => g.ProcessId == process)?.Reason;

    public string MemberName(MemberId member) => Members.FirstOrDefault(m => m.Id == member)?.Name ?? "Unbekannte Verwaltung";

    public string ProcessName(ProcessId process) => Processes.FirstOrDefault(p => p.Id == process)?.Name ?? "Unbekannter Prozess";
}

/// <summary>A member's assignments and offered capacity over the network's last four Werkstätten (the solver's fairness).</summary>
public sealed record LoadHistory(int Assigned, int Offered);
