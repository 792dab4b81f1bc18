using PdfSharp.Drawing;

namespace Werkstatt.Service.Dossiers.Writer;

/// <summary>
/// A table with wrapped cells: columns as fractions of the text width, a header row repeated after every page break,
/// the first column in bold. A row taller than the rest of a page continues on the next one.
/// </summary>
internal static class TableBlock
{
    private const double Padding = 4;
    private static readonly XPen Border = new(XColor.FromArgb(150, 150, 150), 0.5);
    private static readonly XBrush HeaderFill = new XSolidBrush(XColor.FromArgb(228, 234, 242));

    public static void Draw(PageCursor cursor, IReadOnlyList<double> fractions, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var fonts = cursor.Fonts;
        var lineHeight = PageCursor.LineHeight(fonts.Body);
        cursor.Ensure((3 * lineHeight) + (4 * Padding));
        DrawRow(cursor, fractions, header.ToArray(), fonts.BodyBold, fonts.BodyBold, HeaderFill, null);
        foreach (var row in rows)
        {
            DrawRow(cursor, fractions, row, fonts.BodyBold, fonts.Body, null, () => DrawRow(cursor, fractions, header.ToArray(), fonts.BodyBold, fonts.BodyBold, HeaderFill, null));
        }
    }

    private static void DrawRow(
        PageCursor cursor, IReadOnlyList<double> fractions, IReadOnlyList<string?> cells, XFont first, XFont rest, XBrush? fill, Action? repeatHeader)
    {
        var lineHeight = PageCursor.LineHeight(rest);
        var widths = fractions.Select(f => f * cursor.Area.Width).ToArray();
        var lines = new List<string>[widths.Length];
        for (var i = 0; i < widths.Length; i++)
        {
            var text = i < cells.Count ? cells[i] : null;
            lines[i] = TextWrap.Lines(cursor.Gfx, string.IsNullOrWhiteSpace(text) ? "—" : text, i == 0 ? first : rest, widths[i] - (2 * Padding));
        }

        var offset = 0;
        var total = lines.Max(l => l.Count);
        while (offset < total)
        {
            var room = (int)Math.Floor((cursor.Area.Bottom - cursor.Y - (2 * Padding)) / lineHeight);
            var wholeFitsOnAFreshPage = total - offset <= (int)Math.Floor((cursor.Area.Height - (2 * Padding)) / lineHeight) - 2;
            if (room < 1 || (room < total - offset && wholeFitsOnAFreshPage && !cursor.AtTop))
            {
                cursor.NewPage();
                repeatHeader?.Invoke();
                continue;
            }

            var count = Math.Min(room, total - offset);
            var height = (count * lineHeight) + (2 * Padding);
            var x = cursor.Area.Left;
            for (var i = 0; i < widths.Length; i++)
            {
                var cell = new XRect(x, cursor.Y, widths[i], height);
                if (fill is not null)
                {
                    cursor.Gfx.DrawRectangle(fill, cell);
                }

                cursor.Gfx.DrawRectangle(Border, cell);
                for (var l = offset; l < Math.Min(offset + count, lines[i].Count); l++)
                {
                    var y = cursor.Y + Padding + ((l - offset) * lineHeight);
                    cursor.Gfx.DrawString(lines[i][l], i == 0 ? first : rest, XBrushes.Black, new XRect(x + Padding, y, widths[i] - (2 * Padding), lineHeight), XStringFormats.TopLeft);
                }

                x += widths[i];
            }

            cursor.Y += height;
            offset += count;
        }
    }
}
