namespace Werkstatt.Domain.Assignment;

/// <summary>Where an assignment of the solution comes from: a member's own claim or the solver.</summary>
public enum AssignmentSource
{
    Claim,
    Solver,
}
