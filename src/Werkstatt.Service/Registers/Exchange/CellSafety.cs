namespace Werkstatt.Service.Registers.Exchange;

/// <summary>
/// Guards against formula injection: a cell starting with = + - @ (or tab, carriage return) is written with a leading
/// apostrophe so spreadsheets show it as text; the import removes exactly that apostrophe again.
/// </summary>
public static class CellSafety
{
    private static readonly char[] Dangerous = ['=', '+', '-', '@', '\t', '\r'];

    public static string Escape(string? value)
    {
        var text = value ?? string.Empty;
        return text.Length > 0 && Dangerous.Contains(text[0]) ? "'" + text : text;
    }

    public static string Unescape(string? value)
    {
        var text = value ?? string.Empty;
        return text.Length > 1 && text[0] == '\'' && Dangerous.Contains(text[1]) ? text[1..] : text;
    }
}
