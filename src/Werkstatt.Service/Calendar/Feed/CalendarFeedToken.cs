namespace Werkstatt.Service.Calendar.Feed;

/// <summary>
/// A person's private calendar feed: only the SHA-256 of the random token is stored, so a database leak does not
/// reveal feed addresses. One per person; regenerating replaces it, revoking deletes it.
/// </summary>
public sealed class CalendarFeedToken
{
    public const int HashLength = 64;

    public Guid PersonId { get; set; }

    /// <summary>Lower-case hex SHA-256 of the token.</summary>
    public string TokenHash { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}
