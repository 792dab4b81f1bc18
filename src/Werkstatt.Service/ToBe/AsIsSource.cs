using Werkstatt.Domain.Network;

namespace Werkstatt.Service.ToBe;

/// <summary>A member's latest as-is model of the process, offered as a starting point for the to-be model.</summary>
public sealed record AsIsSource(MemberId MemberId, string MemberName, int Number);
