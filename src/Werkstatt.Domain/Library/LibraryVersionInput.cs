using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;

namespace Werkstatt.Domain.Library;

/// <summary>What a new version consists of; <see cref="Labels"/> are the element names of its models (searched, not shown).</summary>
public sealed record LibraryVersionInput(
    LibraryVersionSource Source,
    WerkstattId? WerkstattId,
    string? WerkstattTitle,
    ProcessId? ProcessId,
    DateOnly? HeldOn,
    string? Topic,
    string Levels,
    int? DossierNumber,
    string? WorkshopNotes,
    string? QaSummary,
    IReadOnlyList<LibraryModel> Models,
    IReadOnlyList<LibraryProfile> Profiles,
    IReadOnlyCollection<string> Labels)
{
    public IReadOnlyList<LibraryNote> Notes { get; init; } = [];

    public IReadOnlyList<LibraryActionItem> ActionItems { get; init; } = [];
}
