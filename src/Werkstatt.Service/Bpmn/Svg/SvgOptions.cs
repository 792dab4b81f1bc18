namespace Werkstatt.Service.Bpmn.Svg;

/// <summary>How to write a drawing as SVG: size, highlighted elements (findings) and an id prefix for inlining several SVGs.</summary>
public sealed record SvgOptions
{
    public static SvgOptions Default { get; } = new();

    /// <summary>Width attribute in pixels; null keeps the diagram's own size (1 unit = 1 px). The height follows the aspect ratio.</summary>
    public double? Width { get; init; }

    /// <summary>Element ids drawn in <see cref="HighlightColor"/> with the CSS class <c>bpmn-finding</c>.</summary>
    public IReadOnlySet<string> Highlight { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public string HighlightColor { get; init; } = "#c62828";

    /// <summary>Prefix of the ids inside the SVG (the title's id), unique per page when several drawings are inlined.</summary>
    public string IdPrefix { get; init; } = "bpmn";
}
