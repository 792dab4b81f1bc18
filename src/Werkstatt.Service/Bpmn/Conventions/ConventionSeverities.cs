namespace Werkstatt.Service.Bpmn.Conventions;

/// <summary>German names of <see cref="ConventionSeverity"/>.</summary>
public static class ConventionSeverities
{
    public static string GermanName(this ConventionSeverity severity) => severity switch
    {
        ConventionSeverity.Error => "Fehler",
        ConventionSeverity.Warning => "Warnung",
        _ => "Hinweis",
    };
}
