namespace Werkstatt.Service.Bpmn.Drawing;

/// <summary>
/// The drawing of one BPMN diagram as plain primitives: what the SVG writer and the PDF dossier render. Bounds cover
/// every item (a margin included); the outputs scale it as a whole.
/// </summary>
public sealed record Drawing(string Title, DrawBox Bounds, IReadOnlyList<DrawItem> Items);
