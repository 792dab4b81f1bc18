using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Network;

/// <summary>A process manager or expert always acts for one member.</summary>
public sealed class RoleBoundToMemberNeedsMemberRule(Role role, MemberId? memberId) : IBusinessRule
{
    public string Message => $"Die Rolle „{role.GermanName()}“ ist an eine Verwaltung gebunden: bitte eine Verwaltung wählen.";

    public bool IsBroken() => role.IsBoundToMember() && memberId is null;
}
