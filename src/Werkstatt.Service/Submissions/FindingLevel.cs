namespace Werkstatt.Service.Submissions;

/// <summary>How serious a finding is (Fehler, Warnung, Hinweis).</summary>
public enum FindingLevel
{
    Error,
    Warning,
    Hint,
}
