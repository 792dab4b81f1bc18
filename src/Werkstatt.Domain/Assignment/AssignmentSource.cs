namespace Werkstatt.Domain.Assignment;

/// <summary>Where an assignment comes from: the member's own claim or the solver.</summary>
public enum AssignmentSource
{
    Claim,
    Solver,
}
