using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Networks;

/// <summary>The editable data of a member; <see cref="Version"/> is the version the user saw (null when creating).</summary>
public sealed record MemberInput(string Name, MemberLevel Level, int Population, int StaffCount, int? Version = null);
