namespace Werkstatt.Domain.Invitations;

/// <summary>What the participants were told about one workshop day: the facts whose change is "significant" (RFC 5546).</summary>
public sealed record DaySnapshot(DateTimeOffset Start, DateTimeOffset End, string Location, string? Link, bool Cancelled);
