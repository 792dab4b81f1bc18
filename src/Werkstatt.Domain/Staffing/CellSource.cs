namespace Werkstatt.Domain.Staffing;

/// <summary>How a member came onto a process in the plan.</summary>
public enum CellSource
{
    /// <summary>The member claimed it (first come, first served).</summary>
    Claim,

    /// <summary>The solver proposed it.</summary>
    Solver,

    /// <summary>The coordinator set it by hand.</summary>
    Override,
}
