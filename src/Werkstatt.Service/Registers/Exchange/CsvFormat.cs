using System.Text;

namespace Werkstatt.Service.Registers.Exchange;

/// <summary>
/// CSV as German Excel expects it: UTF-8 with BOM, semicolons, CRLF, fields in double quotes when they contain a
/// semicolon, quote or line break. Reading also accepts Excel's ANSI (Windows-1252/Latin-1) files.
/// </summary>
public static class CsvFormat
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        Line(text, header);
        foreach (var row in rows)
        {
            Line(text, row);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static IReadOnlyList<(int Line, IReadOnlyList<string> Cells)> Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var bom = Encoding.UTF8.GetPreamble();
        var body = content.AsSpan().StartsWith(bom) ? content.AsSpan(bom.Length) : content.AsSpan();
        string text;
        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.Latin1.GetString(body);
        }

        return Parse(text);
    }

    private static void Line(StringBuilder text, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                text.Append(';');
            }

            var cell = CellSafety.Escape(cells[i]);
            if (cell.AsSpan().IndexOfAny(";\"\r\n") >= 0 || (cell.Length > 0 && (char.IsWhiteSpace(cell[0]) || char.IsWhiteSpace(cell[^1]))))
            {
                text.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                text.Append(cell);
            }
        }

        text.Append("\r\n");
    }

    // Records are numbered like spreadsheet rows (the header is 1), even when a quoted cell spans several lines.
    private static List<(int, IReadOnlyList<string>)> Parse(string text)
    {
        var records = new List<(int, IReadOnlyList<string>)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var record = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == ';')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                cells.Add(cell.ToString());
                cell.Clear();
                records.Add((record++, cells));
                cells = [];
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            records.Add((record, cells));
        }

        return records;
    }
}
