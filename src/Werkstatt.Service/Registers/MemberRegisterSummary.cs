using Werkstatt.Domain.Network;
using Werkstatt.Domain.Registers;

namespace Werkstatt.Service.Registers;

/// <summary>One member's register in figures; <see cref="Readable"/> says whether the actor may open it.</summary>
public sealed record MemberRegisterSummary(Member Member, bool HasRegister, bool Shared, bool Readable, int Active, int Struck, int Own, int Covered, IReadOnlyDictionary<ProcessStatus, int> ByStatus);
