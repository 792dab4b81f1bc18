using Werkstatt.Domain.Common;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;

namespace Werkstatt.Domain.Staffing.Rules;

/// <summary>A member models only processes that apply to its level.</summary>
public sealed class ClaimsNeedAMatchingLevelRule(Process process, MemberLevel level) : IBusinessRule
{
    public string Message => $"Der Prozess „{process.Name}“ betrifft {ProcessNames.LevelNames(process.Levels)}, nicht die Ebene {level.GermanName()}.";

    public bool IsBroken() => !process.AppliesTo(level);
}
