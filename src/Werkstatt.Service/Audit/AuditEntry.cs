namespace Werkstatt.Service.Audit;

/// <summary>
/// One line of the audit trail: who changed what, when; written in the transaction of the change. Never edited by
/// the application, except that erasing a person replaces their name (the pseudonymous <see cref="ActorId"/> stays).
/// </summary>
public sealed class AuditEntry
{
    public const int ShortMaxLength = 100;
    public const int NameMaxLength = 200;
    public const int SummaryMaxLength = 1000;

    public Guid Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The network the changed thing belongs to; null for installation-wide things.</summary>
    public Guid? NetworkId { get; set; }

    /// <summary>The member (Verwaltung) concerned: the changed thing's, else the actor's.</summary>
    public Guid? MemberId { get; set; }

    /// <summary>The account id (pseudonymous once the person is erased), or "system".</summary>
    public string ActorId { get; set; } = string.Empty;

    public string ActorName { get; set; } = string.Empty;

    /// <summary>One of <see cref="AuditKinds"/>.</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>Created, Changed, Deleted.</summary>
    public string Action { get; set; } = string.Empty;

    public string EntityType { get; set; } = string.Empty;

    public string EntityId { get; set; } = string.Empty;

    /// <summary>A short German sentence, e.g. „Werkstatt „Bürgerservice“: Phase Abstimmung → Prozessauswahl“.</summary>
    public string Summary { get; set; } = string.Empty;
}
