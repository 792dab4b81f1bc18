using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Voting;

namespace Werkstatt.Service.Processes;

/// <summary>Processes derived from the winning topics: everyone in the network reads; the coordinator derives and edits them.</summary>
public sealed class ProcessService(WerkstattDbContext db, WerkstattScope scope, TimeProvider time)
{
    private const string What = "Der Prozess";

    public async Task<Result<ProcessesView>> ListAsync(Actor actor, WerkstattId werkstattId, CancellationToken cancellationToken = default)
    {
        var werkstatt = await scope.ReadableAsync(actor, werkstattId, cancellationToken);
        if (!werkstatt.IsSuccess)
        {
            return werkstatt.Error;
        }

        var w = werkstatt.Value;
        var round = await scope.RoundAsync(werkstattId, track: false, cancellationToken);
        var processes = await db.Set<Process>().AsNoTracking().Where(p => p.WerkstattId == werkstattId).ToListAsync(cancellationToken);
        var winners = round.Ranking.Where(r => r.Outcome is TopicOutcome.Selected or TopicOutcome.TiedAtCut).OrderBy(r => r.Position).ToList();
        return new ProcessesView(
            w,
            processes.OrderBy(p => p.CreatedAt).ThenBy(p => p.Name, StringComparer.CurrentCulture).ToList(),
            winners,
            round.IsClosed,
            actor.Coordinates(w.NetworkId) && w.Phase == Phase.ProcessSelection);
    }

    public async Task<Result<Process>> DeriveAsync(Actor actor, WerkstattId werkstattId, ProcessInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var werkstatt = await scope.ReadableAsync(actor, werkstattId, cancellationToken);
        if (!werkstatt.IsSuccess)
        {
            return werkstatt.Error;
        }

        var w = werkstatt.Value;
        if (!actor.Coordinates(w.NetworkId))
        {
            return Error.Forbidden("Nur die Koordination leitet Prozesse ab.");
        }

        var topic = input.TopicId is { } topicId ? await db.Set<Topic>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == topicId, cancellationToken) : null;
        if (topic is null || topic.WerkstattId != werkstattId)
        {
            return Error.Validation(nameof(ProcessInput.TopicId), "Bitte ein gewähltes Thema dieser Werkstatt angeben.");
        }

        var round = await scope.RoundAsync(werkstattId, track: false, cancellationToken);
        try
        {
            var process = Process.Derive(
                werkstattId, w.Phase, topic, round.OutcomeOf(topic.Id), input.Name ?? string.Empty, input.LeikaKey,
                input.ModellersNeeded, input.Levels, input.CrossesLevels, time.GetUtcNow());
            db.Add(process);
            await db.SaveChangesAsync(cancellationToken);
            return process;
        }
        catch (DomainRuleViolation violation)
        {
            db.ChangeTracker.Clear();
            return violation.ToError();
        }
    }

    public async Task<Result<Process>> UpdateAsync(Actor actor, ProcessId id, ProcessInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var process = await db.Set<Process>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (process is null)
        {
            return Error.NotFound(What);
        }

        var werkstatt = await scope.ReadableAsync(actor, process.WerkstattId, cancellationToken);
        if (!werkstatt.IsSuccess)
        {
            return werkstatt.Error;
        }

        if (!actor.Coordinates(werkstatt.Value.NetworkId))
        {
            return Error.Forbidden("Nur die Koordination ändert Prozesse.");
        }

        try
        {
            process.Update(werkstatt.Value.Phase, input.Name ?? string.Empty, input.LeikaKey, input.ModellersNeeded, input.Levels, input.CrossesLevels);
        }
        catch (DomainRuleViolation violation)
        {
            db.ChangeTracker.Clear();
            return violation.ToError();
        }

        var conflict = await db.SaveAsync(process, input.Version, What, cancellationToken);
        return conflict is null ? process : conflict;
    }
}
