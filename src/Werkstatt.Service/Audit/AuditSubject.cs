namespace Werkstatt.Service.Audit;

/// <summary>What an audit entry is about, before the actor and time are added.</summary>
internal sealed record AuditSubject(
    string Kind,
    string EntityType,
    string EntityId,
    string Summary,
    Guid? NetworkId = null,
    Guid? MemberId = null,
    Guid? WerkstattId = null)
{
    /// <summary>Created, Changed or Deleted.</summary>
    public string Action { get; init; } = "Changed";
}
