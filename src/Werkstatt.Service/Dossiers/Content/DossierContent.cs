namespace Werkstatt.Service.Dossiers.Content;

/// <summary>
/// Everything the pre-read dossier shows, as plain data: no database, no PDF. <c>DossierAssembler</c> fills it
/// from the store, tests and the benchmark build it by hand, <see cref="Writer.DossierWriter"/> turns it into a PDF.
/// </summary>
public sealed record DossierContent(
    string NetworkName,
    string WerkstattTitle,
    IReadOnlyList<WorkshopDay> Days,
    DossierVenue Venue,
    IReadOnlyList<AgendaSlot> Agenda,
    IReadOnlyList<ParticipantGroup> Participants,
    IReadOnlyList<DossierProcess> Processes,
    DateTimeOffset GeneratedAt)
{
    /// <summary>Shown on the cover and in the footer: "Version 2", or for a personal dossier also whose it is.</summary>
    public string? EditionNote { get; init; }

    /// <summary>True when <see cref="Agenda"/> is the coordination's timetable, not one slot per day.</summary>
    public bool HasTimetable { get; init; }
}
