using Werkstatt.Domain.Blueprints;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Registers.Rules;

/// <summary>A Kreis builds its register from the Kreis blueprint, a Stadt or Gemeinde from the town blueprint.</summary>
public sealed class RegisterIsBuiltFromTheBlueprintOfItsLevelRule(MemberLevel member, BlueprintLevel blueprint) : IBusinessRule
{
    public string Message => $"Eine Verwaltung der Ebene {member.GermanName()} baut ihr Register aus der Blaupause „{BlueprintLevels.Of(member).GermanName()}“, nicht „{blueprint.GermanName()}“.";

    public bool IsBroken() => BlueprintLevels.Of(member) != blueprint;
}
