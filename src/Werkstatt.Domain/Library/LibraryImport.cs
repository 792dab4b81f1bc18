using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Library;

/// <summary>A member recorded that it imported (re-uses) an entry in its own process platform: "Nachnutzung".</summary>
public sealed record LibraryImport(MemberId MemberId, int VersionNumber, DateTimeOffset At, string By);
