using System.Globalization;
using System.Text;

namespace Werkstatt.Service.Calendar;

/// <summary>
/// RFC 5545 lexical rules: TEXT escaping, parameter quoting, CRLF line ends and folding at 75 octets. Every value
/// passes through here, so no input can end a line early and inject a property (CR and LF never reach the output
/// unescaped; other control characters are dropped).
/// </summary>
public static class ICalendarText
{
    public const string Crlf = "\r\n";
    private const int MaxOctets = 75;

    /// <summary>TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as <c>\n</c>; colon stays.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\': builder.Append(@"\\"); break;
                case ';': builder.Append(@"\;"); break;
                case ',': builder.Append(@"\,"); break;
                case '\r':
                    builder.Append(@"\n");
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n': builder.Append(@"\n"); break;
                default:
                    if (!IsControl(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A parameter value (RFC 5545 3.2): DQUOTE and control characters cannot be represented and are dropped; values
    /// with <c>: ; ,</c> are quoted, e.g. <c>CN="Müller, Hans"</c>.
    /// </summary>
    public static string Parameter(string? value)
    {
        var text = (value ?? string.Empty).Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ');
        var clean = new string(text.Where(c => c != '"' && !IsControl(c)).ToArray());
        return clean.IndexOfAny([':', ';', ',']) >= 0 ? $"\"{clean}\"" : clean;
    }

    /// <summary>A URI or CAL-ADDRESS value: no escaping exists for those, so anything that could break the line is dropped.</summary>
    public static string Uri(string? value) =>
        new((value ?? string.Empty).Where(c => !IsControl(c) && c != '\r' && c != '\n' && c != ' ').ToArray());

    public static string UtcDateTime(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    public static string LocalDateTime(DateTime local) => local.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Folds one content line to at most 75 octets per physical line (continuations start with a space) and ends
    /// each with CRLF. Breaks only between whole characters: never inside a UTF-8 sequence or a surrogate pair.
    /// </summary>
    public static void AppendFolded(StringBuilder output, string line)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(line);
        var octets = 0;
        var limit = MaxOctets;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                output.Append(Crlf).Append(' ');
                octets = 0;
                limit = MaxOctets - 1;
            }

            output.Append(rune.ToString());
            octets += size;
        }

        output.Append(Crlf);
    }

    private static bool IsControl(char c) => c != '\t' && char.IsControl(c);
}
