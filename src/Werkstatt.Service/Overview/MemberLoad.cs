using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Overview;

/// <summary>One member's confirmed assignments against the capacity it offered, per Werkstatt (same order as the overview's columns) and in total.</summary>
public sealed record MemberLoad(MemberId MemberId, string Name, IReadOnlyList<LoadCell> Cells)
{
    public int Assigned => Cells.Sum(c => c.Assigned);

    public int Capacity => Cells.Sum(c => c.Capacity);
}
