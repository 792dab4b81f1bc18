using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Blueprints;

/// <summary>German names of the blueprint levels and which member level uses which.</summary>
public static class BlueprintLevels
{
    public static string GermanName(this BlueprintLevel level) => level switch
    {
        BlueprintLevel.Kreis => "Kreis",
        BlueprintLevel.Kommune => "Stadt/Gemeinde",
        _ => level.ToString(),
    };

    public static BlueprintLevel Of(MemberLevel level) => level == MemberLevel.Kreis ? BlueprintLevel.Kreis : BlueprintLevel.Kommune;
}
