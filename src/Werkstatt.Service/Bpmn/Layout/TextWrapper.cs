using Werkstatt.Service.Bpmn.Drawing;

namespace Werkstatt.Service.Bpmn.Layout;

/// <summary>Breaks a label into lines that fit a width (words first, over-long words by characters), at most <c>maxLines</c>.</summary>
internal static class TextWrapper
{
    public static IReadOnlyList<string> Wrap(string text, double width, double fontSize, int maxLines = int.MaxValue)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var current = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (TextMeasure.Width(candidate, fontSize) <= width)
                {
                    current = candidate;
                    continue;
                }

                if (current.Length > 0)
                {
                    lines.Add(current);
                }

                current = BreakLongWord(word, width, fontSize, lines);
            }

            if (current.Length > 0)
            {
                lines.Add(current);
            }
        }

        return lines.Count <= maxLines ? lines : Truncate(lines, maxLines, width, fontSize);
    }

    public static double LineHeight(double fontSize) => fontSize * TextMeasure.LineSpacing;

    private static string BreakLongWord(string word, double width, double fontSize, List<string> lines)
    {
        var rest = word;
        while (TextMeasure.Width(rest, fontSize) > width && rest.Length > 1)
        {
            var take = rest.Length - 1;
            while (take > 1 && TextMeasure.Width(rest[..take] + "-", fontSize) > width)
            {
                take--;
            }

            lines.Add(rest[..take] + "-");
            rest = rest[take..];
        }

        return rest;
    }

    private static List<string> Truncate(List<string> lines, int maxLines, double width, double fontSize)
    {
        var kept = lines.Take(Math.Max(1, maxLines)).ToList();
        var last = kept[^1];
        while (last.Length > 0 && TextMeasure.Width(last + "…", fontSize) > width)
        {
            last = last[..^1];
        }

        kept[^1] = last.TrimEnd() + "…";
        return kept;
    }
}
