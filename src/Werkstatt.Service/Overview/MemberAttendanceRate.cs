using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Overview;

/// <summary>A member's attendance per held Werkstatt of the year (same order as the overview's attendance columns) and over the year.</summary>
public sealed record MemberAttendanceRate(MemberId MemberId, string Name, IReadOnlyList<AttendanceCell> Cells)
{
    public int Attended => Cells.Sum(c => c.Attended);

    public int Invited => Cells.Sum(c => c.Invited);

    /// <summary>Attended over invited days, 0–1; null while no day was held.</summary>
    public double? Rate => Invited == 0 ? null : (double)Attended / Invited;
}
