using Werkstatt.Domain.Common;
using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Processes.Rules;

/// <summary>A process that crosses levels (e.g. town sends to Kreis) must apply to the Kreis and to at least one town level.</summary>
public sealed class ProcessCrossingLevelsNeedsKreisAndTownRule(bool crossesLevels, IReadOnlySet<MemberLevel> levels) : IBusinessRule
{
    public string Message => "Ein ebenenübergreifender Prozess betrifft den Kreis und Stadt oder Gemeinde: bitte beide Ebenen auswählen.";

    public bool IsBroken() => crossesLevels && !ProcessNames.IncludesKreisAndTown(levels);
}
