using System.Text;

namespace Werkstatt.Service.Bpmn.Compare;

/// <summary>
/// The key two names are matched by: lower case, umlauts and ß spelled out (so "pruefen" meets "prüfen"),
/// punctuation dropped, whitespace collapsed.
/// </summary>
public static class NameNormalizer
{
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name.ToLowerInvariant())
        {
            var mapped = c switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                _ when char.IsLetterOrDigit(c) => null,
                _ => " ",
            };
            if (mapped == " ")
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            if (mapped is null)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(mapped);
            }
        }

        return builder.ToString();
    }
}
