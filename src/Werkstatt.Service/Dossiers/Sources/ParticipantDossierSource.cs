using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Participants;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Dossiers.Sources;

/// <summary>The people registered for a Werkstatt (participants feature) with their member, function and processes; one query.</summary>
public sealed class ParticipantDossierSource(WerkstattDbContext db) : IDossierParticipantSource
{
    public async Task<IReadOnlyList<RegisteredParticipant>> GetAsync(WerkstattId werkstatt, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Participant>().AsNoTracking()
            .Where(p => p.WerkstattId == werkstatt)
            .Join(db.People.AsNoTracking(), p => p.PersonId, person => person.Id, (p, person) => new { Participant = p, person.Name })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new RegisteredParticipant(r.Participant.PersonId, r.Participant.MemberId, r.Name, r.Participant.Function, r.Participant.Processes))
            .ToList();
    }
}
