namespace Werkstatt.Domain.Network;

/// <summary>German names and member binding of the roles.</summary>
public static class Roles
{
    public static string GermanName(this Role role) => role switch
    {
        Role.Coordinator => "Koordination",
        Role.ProcessManager => "Prozessmanager:in",
        Role.Expert => "Fachexpert:in",
        Role.QualityReviewer => "Qualitätssicherung",
        Role.Admin => "Administration",
        _ => role.ToString(),
    };

    /// <summary>Process managers and experts act for exactly one member; the others for the network.</summary>
    public static bool IsBoundToMember(this Role role) => role is Role.ProcessManager or Role.Expert;

    public static bool TryParse(string? text, out Role role)
    {
        foreach (var candidate in Enum.GetValues<Role>())
        {
            if (string.Equals(text, candidate.ToString(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, candidate.GermanName(), StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }
}
