using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Voting;

/// <summary>Topics of a Werkstatt: everyone in the network reads; process managers propose for their member; the coordinator adds, merges and withdraws.</summary>
public sealed class TopicService(WerkstattDbContext db, WerkstattScope scope, TimeProvider time)
{
    private const string What = "Das Thema";

    public async Task<Result<TopicsView>> ListAsync(Actor actor, WerkstattId werkstattId, CancellationToken cancellationToken = default)
    {
        var werkstatt = await scope.ReadableAsync(actor, werkstattId, cancellationToken);
        if (!werkstatt.IsSuccess)
        {
            return werkstatt.Error;
        }

        var w = werkstatt.Value;
        var topics = await db.Set<Topic>().AsNoTracking().Where(t => t.WerkstattId == werkstattId).ToListAsync(cancellationToken);
        var members = await scope.MembersAsync(w.NetworkId, cancellationToken);
        var round = await scope.RoundAsync(werkstattId, track: false, cancellationToken);
        var coordinates = actor.Coordinates(w.NetworkId);
        var canPropose = !round.IsClosed && (w.Phase == Phase.TopicCollection || (coordinates && w.Phase == Phase.Voting))
            && (coordinates || (actor.Is(Role.ProcessManager) && actor.MemberId is not null));
        return new TopicsView(
            w,
            topics.OrderBy(t => t.Status).ThenBy(t => t.ProposedAt).ToList(),
            members.ToDictionary(m => m.Id, m => m.Name),
            round.IsClosed,
            canPropose,
            coordinates);
    }

    public async Task<Result<Topic>> ProposeAsync(Actor actor, WerkstattId werkstattId, ProposeTopic command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var werkstatt = await scope.ReadableAsync(actor, werkstattId, cancellationToken);
        if (!werkstatt.IsSuccess)
        {
            return werkstatt.Error;
        }

        var w = werkstatt.Value;
        var coordinates = actor.Coordinates(w.NetworkId);
        var member = command.MemberId ?? (coordinates ? null : actor.MemberId);
        if (member is { } forMember)
        {
            if (!coordinates && !actor.IsProcessManagerOf(w.NetworkId, forMember))
            {
                return Error.Forbidden("Sie können nur für Ihre eigene Verwaltung Themen vorschlagen.");
            }

            var known = await scope.MemberAsync(w.NetworkId, forMember, cancellationToken);
            if (!known.IsSuccess)
            {
                return Error.Validation("MemberId", "Diese Verwaltung gehört nicht zum Netzwerk.");
            }
        }
        else if (!coordinates)
        {
            return Error.Forbidden("Themen schlagen die Prozessmanager:innen der Verwaltungen und die Koordination vor.");
        }

        var round = await scope.RoundAsync(werkstattId, track: false, cancellationToken);
        try
        {
            var topic = Topic.Propose(werkstattId, w.Phase, round.IsClosed, member, coordinates, actor.Name, command.Title ?? string.Empty, command.Description ?? string.Empty, command.WhyNow ?? string.Empty, time.GetUtcNow());
            db.Add(topic);
            await db.SaveChangesAsync(cancellationToken);
            return topic;
        }
        catch (DomainRuleViolation violation)
        {
            return violation.ToError();
        }
    }

    /// <summary>Merges a topic into another; the dots already given move along (up to the limit per topic, the rest go back).</summary>
    public Task<Result<Topic>> MergeAsync(Actor actor, TopicId id, TopicId into, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, version, async (topic, w, round, now) =>
        {
            var target = await db.Set<Topic>().FirstOrDefaultAsync(t => t.Id == into, cancellationToken);
            if (target is null || target.WerkstattId != topic.WerkstattId)
            {
                return Error.Validation("Into", "Das Zielthema gibt es in dieser Werkstatt nicht.");
            }

            topic.MergeInto(target, w.Phase, round.IsClosed, now, actor.Name);
            foreach (var ballot in await BallotsAsync(topic.WerkstattId, cancellationToken))
            {
                ballot.MoveDots(topic.Id, target.Id, round.Settings.MaxPerTopic);
            }

            return null;
        }, cancellationToken);

    /// <summary>Withdraws a topic; the dots already given to it go back to the members.</summary>
    public Task<Result<Topic>> WithdrawAsync(Actor actor, TopicId id, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, version, async (topic, w, round, now) =>
        {
            topic.Withdraw(w.Phase, round.IsClosed, now, actor.Name);
            foreach (var ballot in await BallotsAsync(topic.WerkstattId, cancellationToken))
            {
                ballot.Release(topic.Id);
            }

            return null;
        }, cancellationToken);

    private async Task<List<Ballot>> BallotsAsync(WerkstattId werkstattId, CancellationToken cancellationToken) =>
        await db.Set<Ballot>().Where(b => b.WerkstattId == werkstattId).ToListAsync(cancellationToken);

    private async Task<Result<Topic>> ChangeAsync(
        Actor actor, TopicId id, int? version, Func<Topic, Werkstatt.Domain.Cycle.Werkstatt, VotingRound, DateTimeOffset, Task<Error?>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var topic = await db.Set<Topic>().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (topic is null)
        {
            return Error.NotFound(What);
        }

        var werkstatt = await scope.ReadableAsync(actor, topic.WerkstattId, cancellationToken);
        if (!werkstatt.IsSuccess)
        {
            return werkstatt.Error;
        }

        if (!actor.Coordinates(werkstatt.Value.NetworkId))
        {
            return Error.Forbidden("Nur die Koordination kann Themen zusammenführen oder zurückziehen.");
        }

        if (version is { } expected && expected != topic.Version)
        {
            db.ChangeTracker.Clear();
            return Error.Concurrency(What);
        }

        try
        {
            var round = await scope.RoundAsync(topic.WerkstattId, track: false, cancellationToken);
            if (await change(topic, werkstatt.Value, round, time.GetUtcNow()) is { } refused)
            {
                db.ChangeTracker.Clear();
                return refused;
            }
        }
        catch (DomainRuleViolation violation)
        {
            db.ChangeTracker.Clear();
            return violation.ToError();
        }

        var conflict = await db.SaveCreatedOrChangedAsync(topic, version, What, cancellationToken);
        return conflict is null ? topic : conflict;
    }
}
