namespace Werkstatt.Service.Dossiers.Content;

/// <summary>How much a convention finding matters.</summary>
public enum FindingSeverity
{
    Hint = 1,
    Warning = 2,
    Error = 3,
}
