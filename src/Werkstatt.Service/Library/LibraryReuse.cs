namespace Werkstatt.Service.Library;

/// <summary>One recorded import ("Nachnutzung") with the member's name.</summary>
public sealed record LibraryReuse(Guid MemberId, string MemberName, int VersionNumber, DateTimeOffset At, string By);
