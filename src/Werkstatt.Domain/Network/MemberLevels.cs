namespace Werkstatt.Domain.Network;

/// <summary>German names of the member levels.</summary>
public static class MemberLevels
{
    public static string GermanName(this MemberLevel level) => level switch
    {
        MemberLevel.Kreis => "Kreis",
        MemberLevel.Stadt => "Stadt",
        MemberLevel.Gemeinde => "Gemeinde",
        _ => level.ToString(),
    };
}
