using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Workshop;

/// <summary>A person of a member on the attendance list; <see cref="Registered"/> when the member registered them as participant.</summary>
public sealed record AttendancePerson(PersonId PersonId, string Name, MemberId MemberId, string MemberName, bool Registered);
