namespace Werkstatt.Service.Bpmn.Drawing;

/// <summary>
/// Approximate width of text in the drawing's sans-serif font (DejaVu Sans / Liberation Sans metrics, averaged), so that
/// wrapping decided in the geometry fits both in the browser and in the PDF. Deliberately a little generous.
/// </summary>
public static class TextMeasure
{
    /// <summary>Distance between the baselines of wrapped lines, as a multiple of the font size (both outputs use it).</summary>
    public const double LineSpacing = 1.2;

    public static double Width(string text, double fontSize)
    {
        ArgumentNullException.ThrowIfNull(text);
        double em = 0;
        foreach (var c in text)
        {
            em += c switch
            {
                ' ' => 0.32,
                'i' or 'l' or 'j' or '.' or ',' or ':' or ';' or '!' or '|' or '\'' => 0.3,
                'f' or 't' or 'r' or '(' or ')' or '-' => 0.42,
                'm' or 'w' or 'M' or 'W' => 0.88,
                >= 'A' and <= 'Z' or 'Ä' or 'Ö' or 'Ü' => 0.7,
                >= '0' and <= '9' => 0.6,
                _ => 0.58,
            };
        }

        return em * fontSize;
    }
}
