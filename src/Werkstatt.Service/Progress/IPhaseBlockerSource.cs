using Werkstatt.Domain.Cycle;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Progress;

/// <summary>
/// One feature's view of what still blocks a Werkstatt's move to <c>target</c> (its next phase), shown on the
/// Werkstatt's timeline and used to decide when "Weiter zur Phase …" becomes a coordinator's task. Register each with
/// <c>services.AddScoped&lt;IPhaseBlockerSource, YourSource&gt;()</c>; return nothing for targets you do not know.
/// The domain's own phase rules (<c>Werkstatt.BlockersFor</c>) are added by <see cref="PhaseBlockers"/>, do not repeat them.
/// </summary>
public interface IPhaseBlockerSource
{
    Task<IReadOnlyList<PhaseBlocker>> BlockersAsync(WerkstattAggregate werkstatt, Phase target, CancellationToken cancellationToken);
}
