using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;

namespace Werkstatt.Domain.Library;

/// <summary>
/// What one workshop (or the onboarding import) produced for a process: every modelling member's final models and
/// profile, the dossier version it was discussed with, the workshop notes and the QA history in short. Never changed.
/// </summary>
public sealed record LibraryVersion(
    int Number,
    LibraryVersionSource Source,
    WerkstattId? WerkstattId,
    string? WerkstattTitle,
    ProcessId? ProcessId,
    DateOnly? HeldOn,
    DateTimeOffset AddedAt,
    int? DossierNumber,
    string? WorkshopNotes,
    string? QaSummary,
    IReadOnlyList<LibraryModel> Models,
    IReadOnlyList<LibraryProfile> Profiles)
{
    /// <summary>The workshop's notes on the process (empty for onboarding and for versions from before they were kept).</summary>
    public IReadOnlyList<LibraryNote> Notes { get; init; } = [];

    /// <summary>The workshop's action items on the process, as they stood when the version was added.</summary>
    public IReadOnlyList<LibraryActionItem> ActionItems { get; init; } = [];
}
