using Werkstatt.Domain.Processes;
using Werkstatt.Domain.ToBe;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.ToBe;

/// <summary>The to-be page: versions, comments, the latest version parsed with findings, the as-is models to start from.</summary>
public sealed record ToBeView(
    WerkstattAggregate Werkstatt, Process Process, ToBeModel Model, ToBeRights Rights, IReadOnlyList<AsIsSource> Sources, ParsedToBe? Latest, long DraftRevision)
{
    /// <summary>The aggregate's version, for optimistic concurrency on saves (0 before the first save).</summary>
    public int Version => Model.Version;
}
