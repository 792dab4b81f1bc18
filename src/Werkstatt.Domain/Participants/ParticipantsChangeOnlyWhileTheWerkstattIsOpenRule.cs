using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Domain.Participants;

/// <summary>Once a Werkstatt is published or cancelled its list of participants is history.</summary>
public sealed class ParticipantsChangeOnlyWhileTheWerkstattIsOpenRule(Phase phase) : IBusinessRule
{
    public string Message => "Die Teilnehmenden einer abgeschlossenen oder abgesagten Werkstatt können nicht mehr geändert werden.";

    public bool IsBroken() => phase.IsClosed();
}
