namespace Werkstatt.Domain.Network;

/// <summary>What a person may do in Werkstatt (see domain.md, "People").</summary>
public enum Role
{
    Coordinator,
    ProcessManager,
    Expert,
    QualityReviewer,
    Admin,
}
