using Werkstatt.Domain.Network;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.WorkshopNotes;

/// <summary>What the summary mail reports: the decisions and all action items (with owner and due date) of a Werkstatt.</summary>
public sealed record WorkshopSummary(
    WerkstattAggregate Werkstatt, IReadOnlyList<SummaryLine> Decisions, IReadOnlyList<SummaryLine> ActionItems, IReadOnlyDictionary<MemberId, string> Members);
