using Werkstatt.Domain.Processes;
using Werkstatt.Domain.WorkshopNotes;

namespace Werkstatt.Service.Library.Sources;

/// <summary>One process of a finished Werkstatt; <see cref="WorkshopNotes"/> stays null until the workshop days record notes.</summary>
public sealed record SourceProcess(
    ProcessId Id, string Name, LeikaKey? LeikaKey, string? Topic, string Levels, string? WorkshopNotes, string? QaSummary, IReadOnlyList<SourceMember> Members)
{
    /// <summary>The to-be model drawn together in the Werkstatt (latest saved SOLL version); null when none was saved.</summary>
    public SourceToBe? WerkstattToBe { get; init; }

    /// <summary>The workshop's notes and action items on the process (<see cref="Werkstatt.Service.WorkshopNotes.WorkshopResults"/>).</summary>
    public RecordedResults Results { get; init; } = RecordedResults.None;
}
