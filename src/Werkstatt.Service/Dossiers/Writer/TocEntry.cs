namespace Werkstatt.Service.Dossiers.Writer;

/// <summary>A line of the table of contents: title and the (1-based) page it starts on.</summary>
internal sealed record TocEntry(string Title, int Page);
