using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Workshop;

/// <summary>Statistics: on how many workshop days a member was represented.</summary>
public sealed record MemberAttendance(MemberId MemberId, string MemberName, int DaysAttended);
