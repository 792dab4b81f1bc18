using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Persistence.Queries;

namespace Werkstatt.Service.Voting;

/// <summary>Ballots, the rules of the vote, the close and its result.</summary>
public sealed class VotingService(WerkstattDbContext db, WerkstattScope scope, TimeProvider time)
{
    private const string RoundWhat = "Die Abstimmung";
    private const string BallotWhat = "Der Stimmzettel";

    public async Task<Result<VotingView>> GetAsync(Actor actor, WerkstattId werkstattId, CancellationToken cancellationToken = default)
    {
        var page = await GetPageAsync(actor, werkstattId, cancellationToken);
        return page.IsSuccess ? page.Value.Voting : page.Error;
    }

    /// <summary>
    /// The vote as <see cref="GetAsync"/> shows it and, for a process manager of the network, its own member's ballot as
    /// <see cref="GetBallotAsync"/> shows it: the ballot page needs both, and everything the ballot needs is among what
    /// the vote loads (every ballot and member of it), so one load serves both.
    /// </summary>
    public async Task<Result<VotingPage>> GetPageAsync(Actor actor, WerkstattId werkstattId, CancellationToken cancellationToken = default)
    {
        var werkstatt = await scope.ReadableAsync(actor, werkstattId, cancellationToken);
        if (!werkstatt.IsSuccess)
        {
            return werkstatt.Error;
        }

        var w = werkstatt.Value;
        var round = await scope.RoundAsync(werkstattId, track: false, cancellationToken);
        var topics = await OpenTopicsAsync(werkstattId, cancellationToken);
        var ballots = await HotQueries.ListAsync(HotQueries.Ballots(db, werkstattId), cancellationToken);
        var members = await scope.MembersAsync(w.NetworkId, cancellationToken);
        var voted = ballots.Where(b => b.HasVoted).Select(b => b.MemberId).ToHashSet();
        var coordinates = actor.Coordinates(w.NetworkId);
        IReadOnlyDictionary<TopicId, int>? counts = round.IsClosed || round.CountsVisible
            ? topics.ToDictionary(t => t.Id, t => ballots.Sum(b => b.DotsOn(t.Id)))
            : null;
        var own = actor.Is(Role.ProcessManager) && actor.NetworkId == w.NetworkId ? actor.MemberId : null;
        var view = new VotingView(
            w, round, topics, counts,
            coordinates ? members.Where(m => !voted.Contains(m.Id)).ToList() : null,
            members.Count(m => voted.Contains(m.Id)), members.Count, coordinates, own);

        // The same checks as GetBallotAsync: a process manager of exactly this member, a member of the network.
        BallotView? ballot = null;
        if (own is { } memberId && actor.IsProcessManagerOf(w.NetworkId, memberId) && members.FirstOrDefault(m => m.Id == memberId) is { } member)
        {
            var stored = ballots.FirstOrDefault(b => b.MemberId == memberId) ?? Ballot.For(werkstattId, memberId);
            ballot = new BallotView(w, member, stored, round.Settings, topics, round.IsClosed);
        }

        return new VotingPage(view, ballot);
    }

    public async Task<Result<BallotView>> GetBallotAsync(Actor actor, WerkstattId werkstattId, MemberId memberId, CancellationToken cancellationToken = default)
    {
        var scoped = await scope.ReadableWithMemberAsync(actor, werkstattId, memberId, track: false, cancellationToken);
        if (!scoped.IsSuccess)
        {
            return scoped.Error;
        }

        var w = scoped.Value.Werkstatt;
        if (!actor.IsProcessManagerOf(w.NetworkId, memberId))
        {
            return Error.Forbidden("Den Stimmzettel einer Verwaltung sehen nur ihre Prozessmanager:innen.");
        }

        if (scoped.Value.Member is not { } member)
        {
            return Error.NotFound(WerkstattScope.MemberWhat);
        }

        var round = await scope.RoundAsync(werkstattId, track: false, cancellationToken);
        var ballot = await HotQueries.Ballot(db, werkstattId, memberId, cancellationToken)
            ?? Ballot.For(werkstattId, memberId);
        return new BallotView(w, member, ballot, round.Settings, await OpenTopicsAsync(werkstattId, cancellationToken), round.IsClosed);
    }

    public async Task<Result<BallotView>> CastAsync(Actor actor, WerkstattId werkstattId, MemberId memberId, CastBallot command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);

        // Tracked: the audit entry of the save names the member and finds the network among the tracked entities.
        var scoped = await scope.ReadableWithMemberAsync(actor, werkstattId, memberId, track: true, cancellationToken);
        if (!scoped.IsSuccess)
        {
            db.ChangeTracker.Clear();
            return scoped.Error;
        }

        var w = scoped.Value.Werkstatt;
        if (!actor.IsProcessManagerOf(w.NetworkId, memberId))
        {
            db.ChangeTracker.Clear();
            return Error.Forbidden(new Werkstatt.Domain.Voting.Rules.MembersCastOnlyTheirOwnBallotRule(memberId, actor.MemberId).Message);
        }

        if (scoped.Value.Member is not { } member)
        {
            db.ChangeTracker.Clear();
            return Error.NotFound(WerkstattScope.MemberWhat);
        }

        var round = await scope.RoundAsync(werkstattId, track: false, cancellationToken);
        var ballot = await HotQueries.BallotTracked(db, werkstattId, memberId, cancellationToken)
            ?? Ballot.For(werkstattId, memberId);
        var topics = (await HotQueries.ListAsync(HotQueries.Topics(db, werkstattId), cancellationToken)).ToDictionary(t => t.Id);
        try
        {
            ballot.Cast(actor.MemberId, command.Dots, w.Phase, round.Settings, round.IsClosed, topics, time.GetUtcNow(), actor.Name);
        }
        catch (DomainRuleViolation violation)
        {
            db.ChangeTracker.Clear();
            return violation.ToError();
        }

        var conflict = await db.SaveCreatedOrChangedAsync(ballot, command.Version, BallotWhat, cancellationToken);

        // Everything the view shows is loaded already (the ballot as saved); reading it all again doubled the cost of a vote.
        return conflict is null
            ? new BallotView(w, member, ballot, round.Settings, topics.Values.Where(t => t.Status == TopicStatus.Open).OrderBy(t => t.Title, StringComparer.CurrentCulture).ToList(), round.IsClosed)
            : conflict;
    }

    public Task<Result<VotingRound>> ChangeSettingsAsync(Actor actor, WerkstattId werkstattId, VotingSettingsInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ChangeRoundAsync(actor, werkstattId, input.Version, (round, w, _) =>
        {
            round.ChangeSettings(new VotingSettings(input.Budget, input.MaxPerTopic, input.Winners), w.Phase);
            return Task.CompletedTask;
        }, cancellationToken);
    }

    public Task<Result<VotingRound>> ShowCountsAsync(Actor actor, WerkstattId werkstattId, bool visible, int? version, CancellationToken cancellationToken = default) =>
        ChangeRoundAsync(actor, werkstattId, version, (round, _, _) =>
        {
            round.ShowCounts(visible);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Closes the vote: ranks the topics, marks a tie at the cut, keeps who voted for what. Final.</summary>
    public Task<Result<VotingRound>> CloseAsync(Actor actor, WerkstattId werkstattId, int? version, CancellationToken cancellationToken = default) =>
        ChangeRoundAsync(actor, werkstattId, version, async (round, w, now) =>
        {
            var topics = await db.Set<Topic>().AsNoTracking().Where(t => t.WerkstattId == werkstattId).ToListAsync(cancellationToken);
            var ballots = await db.Set<Ballot>().AsNoTracking().Where(b => b.WerkstattId == werkstattId).ToListAsync(cancellationToken);
            var members = await scope.MembersAsync(w.NetworkId, cancellationToken);
            round.Close(w.Phase, topics, ballots, members.ToDictionary(m => m.Id, m => m.Name), now, actor.Name);
        }, cancellationToken);

    /// <summary>The closed result; before the close there is none (409).</summary>
    public async Task<Result<VotingRound>> ResultAsync(Actor actor, WerkstattId werkstattId, CancellationToken cancellationToken = default)
    {
        var werkstatt = await scope.ReadableAsync(actor, werkstattId, cancellationToken);
        if (!werkstatt.IsSuccess)
        {
            return werkstatt.Error;
        }

        var round = await scope.RoundAsync(werkstattId, track: false, cancellationToken);
        return round.IsClosed
            ? round
            : new Error(ErrorKind.Rule, "VotingNotClosedYet", "Die Abstimmung ist noch nicht geschlossen; ein Ergebnis gibt es erst nach dem Schließen.");
    }

    private async Task<List<Topic>> OpenTopicsAsync(WerkstattId werkstattId, CancellationToken cancellationToken) =>
        (await HotQueries.ListAsync(HotQueries.OpenTopics(db, werkstattId), cancellationToken))
            .OrderBy(t => t.Title, StringComparer.CurrentCulture).ToList();

    private async Task<Result<VotingRound>> ChangeRoundAsync(
        Actor actor, WerkstattId werkstattId, int? version, Func<VotingRound, Werkstatt.Domain.Cycle.Werkstatt, DateTimeOffset, Task> change, CancellationToken cancellationToken)
    {
        var werkstatt = await scope.ReadableAsync(actor, werkstattId, cancellationToken);
        if (!werkstatt.IsSuccess)
        {
            return werkstatt.Error;
        }

        if (!actor.Coordinates(werkstatt.Value.NetworkId))
        {
            return Error.Forbidden("Nur die Koordination kann die Abstimmung einstellen, Zwischenstände zeigen oder die Abstimmung schließen.");
        }

        var round = await scope.RoundAsync(werkstattId, track: true, cancellationToken);
        if (version is { } expected && expected != round.Version)
        {
            db.ChangeTracker.Clear();
            return Error.Concurrency(RoundWhat);
        }

        try
        {
            await change(round, werkstatt.Value, time.GetUtcNow());
        }
        catch (DomainRuleViolation violation)
        {
            db.ChangeTracker.Clear();
            return violation.ToError();
        }

        var conflict = await db.SaveCreatedOrChangedAsync(round, version, RoundWhat, cancellationToken);
        return conflict is null ? round : conflict;
    }
}
