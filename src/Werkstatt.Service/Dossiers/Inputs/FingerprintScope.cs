using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Dossiers.Inputs;

/// <summary>The Werkstätten a fingerprint pass covers and their networks (for inputs that belong to the network).</summary>
public sealed record FingerprintScope(IReadOnlyList<WerkstattId> Werkstaetten, IReadOnlyDictionary<Guid, NetworkId> NetworkOf)
{
    public IReadOnlyList<NetworkId> Networks { get; } = NetworkOf.Values.Distinct().ToList();

    /// <summary>A network's lines, given to each of its Werkstätten in the scope.</summary>
    public IEnumerable<(Guid Werkstatt, string Line)> ForNetworks(IEnumerable<(NetworkId Network, string Line)> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var byNetwork = lines.ToLookup(l => l.Network, l => l.Line);
        return NetworkOf.SelectMany(w => byNetwork[w.Value].Select(line => (w.Key, line)));
    }
}
