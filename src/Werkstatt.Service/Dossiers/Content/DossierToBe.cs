using Werkstatt.Service.Bpmn.Drawing;

namespace Werkstatt.Service.Dossiers.Content;

/// <summary>The to-be model the Werkstatt drew together for a process: its latest saved version and that version's drawing.</summary>
public sealed record DossierToBe(int Version, DateTimeOffset SavedAt, Drawing Drawing, string Sha256);
