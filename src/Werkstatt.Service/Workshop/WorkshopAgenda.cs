using Werkstatt.Domain.Workshop;

namespace Werkstatt.Service.Workshop;

/// <summary>The agenda of a Werkstatt's workshop days with labels and presenters; what pages, invitations and the dossier show.</summary>
public sealed record WorkshopAgenda(WorkshopDays Workshop, IReadOnlyList<AgendaLine> Lines)
{
    public IReadOnlyList<AgendaLine> Of(int day) => Lines.Where(l => l.Day == day).OrderBy(l => l.Position).ToList();

    /// <summary>The day's starts and durations; a change here re-sends the invitation.</summary>
    public string TimesOf(int day) => Workshop.TimesOf(day);
}
