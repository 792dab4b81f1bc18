using PdfSharp.Drawing;

namespace Werkstatt.Service.Dossiers.Writer;

/// <summary>Breaks text into lines that fit a width, measured with PDFsharp (<see cref="XGraphics.MeasureString(string, XFont)"/>).</summary>
internal static class TextWrap
{
    public static List<string> Lines(XGraphics gfx, string? text, XFont font, double width)
    {
        var lines = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return lines;
        }

        var space = gfx.MeasureString(" ", font).Width;
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = new System.Text.StringBuilder();
            double lineWidth = 0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var wordWidth = gfx.MeasureString(word, font).Width;
                if (line.Length > 0 && lineWidth + space + wordWidth > width)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    lineWidth = 0;
                }

                if (wordWidth > width)
                {
                    // A word longer than the line (a URL): break it by characters.
                    foreach (var piece in Split(gfx, word, font, width))
                    {
                        if (line.Length > 0)
                        {
                            lines.Add(line.ToString());
                            line.Clear();
                        }

                        line.Append(piece);
                        lineWidth = gfx.MeasureString(piece, font).Width;
                    }

                    continue;
                }

                if (line.Length > 0)
                {
                    line.Append(' ');
                    lineWidth += space;
                }

                line.Append(word);
                lineWidth += wordWidth;
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    private static IEnumerable<string> Split(XGraphics gfx, string word, XFont font, double width)
    {
        var start = 0;
        while (start < word.Length)
        {
            var length = 1;
            while (start + length < word.Length && gfx.MeasureString(word.Substring(start, length + 1), font).Width <= width)
            {
                length++;
            }

            yield return word.Substring(start, length);
            start += length;
        }
    }
}
