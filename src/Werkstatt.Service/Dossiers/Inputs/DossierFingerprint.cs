using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Dossiers.Inputs;

/// <summary>
/// A cheap fingerprint of what a dossier is built from: SHA-256 over the lines of every <see cref="DossierInputs.All"/>
/// input (sorted, so row order does not matter), one query per input for any number of Werkstätten. Stored with each
/// version; the change detector assembles a dossier only when it differs.
/// </summary>
public sealed class DossierFingerprint(WerkstattDbContext db)
{
    public async Task<string> OfAsync(WerkstattId werkstatt, CancellationToken cancellationToken) =>
        (await OfAsync([werkstatt], cancellationToken)).GetValueOrDefault(werkstatt.Value) ?? string.Empty;

    /// <summary>Per Werkstatt (that exists) its fingerprint, 64 hex characters.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> OfAsync(IReadOnlyCollection<WerkstattId> werkstaetten, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(werkstaetten);
        var result = new Dictionary<Guid, string>();
        foreach (var chunk in werkstaetten.Distinct().Chunk(500))
        {
            var ids = chunk.ToList();
            var networks = await db.Werkstaetten.AsNoTracking().Where(w => ids.Contains(w.Id)).Select(w => new { w.Id, w.NetworkId }).ToListAsync(cancellationToken);
            var scope = new FingerprintScope(networks.Select(w => w.Id).ToList(), networks.ToDictionary(w => w.Id.Value, w => w.NetworkId));
            var lines = scope.Werkstaetten.ToDictionary(w => w.Value, _ => new List<string>());
            foreach (var input in DossierInputs.All)
            {
                foreach (var (werkstatt, line) in await input.Read(db, scope, cancellationToken))
                {
                    lines[werkstatt].Add($"{input.Name}|{line}");
                }
            }

            foreach (var (werkstatt, list) in lines)
            {
                list.Sort(StringComparer.Ordinal);
                result[werkstatt] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', list))));
            }
        }

        return result;
    }
}
