using Werkstatt.Service.Bpmn.Drawing;

namespace Werkstatt.Service.Dossiers.Pdf;

/// <summary>
/// How a drawing goes onto pages: whole at <see cref="FitScale"/> when that stays legible, otherwise an overview plus
/// <see cref="Tiles"/> (regions of the diagram, each shown at <see cref="TileScale"/> on its own page).
/// </summary>
public sealed record DrawingLayout(double FitScale, double TileScale, IReadOnlyList<DrawBox> Tiles)
{
    /// <summary>Below this, 11-unit labels fall under ~5 pt: the diagram is split.</summary>
    public const double MinLegibleScale = 0.45;

    /// <summary>Never enlarge a small diagram beyond this.</summary>
    public const double MaxScale = 1.2;

    /// <summary>Tiles overlap a little so that a shape cut at an edge is whole on one of them.</summary>
    public const double Overlap = 0.05;

    public bool IsTiled => Tiles.Count > 0;

    public static DrawingLayout Plan(Drawing drawing, double areaWidth, double areaHeight)
    {
        ArgumentNullException.ThrowIfNull(drawing);
        var b = drawing.Bounds;
        if (b.Width <= 0 || b.Height <= 0)
        {
            return new DrawingLayout(1, 1, []);
        }

        var fit = Math.Min(MaxScale, Math.Min(areaWidth / b.Width, areaHeight / b.Height));
        if (fit >= MinLegibleScale)
        {
            return new DrawingLayout(fit, fit, []);
        }

        // Tiles at a comfortable scale; the last tile in a row or column is as big as the others (it starts earlier).
        var scale = Math.Max(MinLegibleScale, 0.7);
        var tileWidth = areaWidth / scale;
        var tileHeight = areaHeight / scale;
        var columns = Count(b.Width, tileWidth);
        var rows = Count(b.Height, tileHeight);
        var tiles = new List<DrawBox>(columns * rows);
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                var x = columns == 1 ? b.X : b.X + (column * (b.Width - tileWidth) / (columns - 1));
                var y = rows == 1 ? b.Y : b.Y + (row * (b.Height - tileHeight) / (rows - 1));
                tiles.Add(new DrawBox(x, y, Math.Min(tileWidth, b.Width), Math.Min(tileHeight, b.Height)));
            }
        }

        return new DrawingLayout(fit, scale, tiles);
    }

    private static int Count(double total, double tile) =>
        total <= tile ? 1 : (int)Math.Ceiling((total - (tile * Overlap)) / (tile * (1 - Overlap)));
}
