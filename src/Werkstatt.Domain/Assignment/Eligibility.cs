namespace Werkstatt.Domain.Assignment;

/// <summary>Whether a member may model a process at all, and if not, the first hard constraint that forbids it.</summary>
internal enum Eligibility
{
    Eligible,
    WrongLevel,
    NotApplicable,
    NotRun,
}
