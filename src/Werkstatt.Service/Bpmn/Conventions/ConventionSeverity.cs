namespace Werkstatt.Service.Bpmn.Conventions;

/// <summary>How serious a convention finding is (German: Fehler, Warnung, Hinweis).</summary>
public enum ConventionSeverity
{
    Error = 1,
    Warning = 2,
    Hint = 3,
}
