using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Staffing;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Voting;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Staffing;

/// <summary>The coordinator's side of the assignment: the board, the solver's proposal, changes by hand and the confirmation.</summary>
public sealed class AssignmentService(WerkstattDbContext db, WerkstattScope scope, LoadHistoryReader history, OfferService offers, TimeProvider time)
{
    private const string What = "Die Zuteilung";

    public async Task<Result<BoardView>> BoardAsync(Actor actor, WerkstattId werkstattId, CancellationToken cancellationToken = default)
    {
        var werkstatt = await CoordinatedAsync(actor, werkstattId, cancellationToken);
        if (!werkstatt.IsSuccess)
        {
            return werkstatt.Error;
        }

        return await BoardOfAsync(werkstatt.Value, cancellationToken);
    }

    /// <summary>
    /// The assignment page: the actor's member offer (for its process manager) and the board (for the coordination),
    /// reading the Werkstatt once.
    /// </summary>
    public async Task<Result<AssignmentPageView>> PageAsync(Actor actor, WerkstattId werkstattId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        OfferView? offer = null;
        WerkstattAggregate werkstatt;
        if (actor.Is(Role.ProcessManager) && actor.MemberId is { } member)
        {
            var own = await offers.GetAsync(actor, werkstattId, member, cancellationToken);
            if (!own.IsSuccess)
            {
                return own.Error;
            }

            offer = own.Value;
            werkstatt = offer.Werkstatt;
        }
        else
        {
            var readable = await scope.ReadableAsync(actor, werkstattId, cancellationToken);
            if (!readable.IsSuccess)
            {
                return readable.Error;
            }

            werkstatt = readable.Value;
        }

        var board = actor.Coordinates(werkstatt.NetworkId) ? await BoardOfAsync(werkstatt, cancellationToken) : null;
        return new AssignmentPageView(werkstatt, offer, board);
    }

    /// <summary>Lets the solver fill the open slots around the claims; replaces the board.</summary>
    public Task<Result<BoardView>> SolveAsync(Actor actor, WerkstattId werkstattId, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, werkstattId, version, (w, plan, board, now) =>
        {
            var problem = new AssignmentProblem(
                board.Members.Select(m => new SolverMember(
                    m.Id.ToString(), m.Level, m.Capacity, board.History.GetValueOrDefault(m.Id)?.Assigned ?? 0, board.History.GetValueOrDefault(m.Id)?.Offered ?? 0)).ToList(),
                board.Processes.Select(p => new SolverProcess(p.Id.ToString(), p.ModellersNeeded, p.Levels, p.CrossesLevels)).ToList(),
                board.Members.Where(m => m.Offer is not null).SelectMany(m => m.Offer!.Bids.Select(b => new SolverBid(m.Id.ToString(), b.ProcessId.ToString(), b.Bid))).ToList(),
                board.Members.Where(m => m.Offer is not null).SelectMany(m => m.Offer!.Claims.Select(c => new SolverClaim(m.Id.ToString(), c.ProcessId.ToString()))).ToList());
            var solution = AssignmentSolver.Solve(problem);
            plan.Propose(
                solution,
                board.Processes.ToDictionary(p => p.Id.ToString(), p => p.Id, StringComparer.Ordinal),
                board.Members.ToDictionary(m => m.Id.ToString(), m => m.Id, StringComparer.Ordinal),
                w.Phase, now, actor.Name);
            return null;
        }, cancellationToken);

    /// <summary>Puts a member on a process or takes it off; a broken hard constraint needs the explicit confirmation and is recorded.</summary>
    public Task<Result<BoardView>> OverrideAsync(Actor actor, WerkstattId werkstattId, OverrideCell command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return ChangeAsync(actor, werkstattId, command.Version, (w, plan, board, now) =>
        {
            var process = board.Processes.FirstOrDefault(p => p.Id == command.ProcessId);
            if (process is null)
            {
                return Error.Validation(nameof(OverrideCell.ProcessId), "Diesen Prozess gibt es in dieser Werkstatt nicht.");
            }

            var member = board.Members.FirstOrDefault(m => m.Id == command.MemberId);
            if (member is null)
            {
                return Error.Validation(nameof(OverrideCell.MemberId), "Diese Verwaltung gehört nicht zum Netzwerk.");
            }

            var levels = board.Members.ToDictionary(m => m.Id, m => m.Level);
            var violations = HardConstraints.ViolatedBy(process, member, command.Assign, plan.Cells, levels);
            plan.Override(process.Id, member.Id, command.Assign, violations, command.ConfirmViolation, w.Phase, now, actor.Name);
            return null;
        }, cancellationToken);
    }

    /// <summary>Confirms the board; raises <c>ModellerAssigned</c> per assigned member.</summary>
    public Task<Result<BoardView>> ConfirmAsync(Actor actor, WerkstattId werkstattId, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, werkstattId, version, (w, plan, board, now) =>
        {
            var claims = board.Members.Where(m => m.Offer is not null)
                .SelectMany(m => m.Offer!.Claims.Select(c => (c.ProcessId, m.Id, $"{m.Name}: „{board.ProcessName(c.ProcessId)}“")))
                .ToList();
            plan.Confirm(claims, w.Phase, now, actor.Name);
            return null;
        }, cancellationToken);

    private async Task<Result<WerkstattAggregate>> CoordinatedAsync(Actor actor, WerkstattId werkstattId, CancellationToken cancellationToken)
    {
        var werkstatt = await scope.ReadableAsync(actor, werkstattId, cancellationToken);
        if (!werkstatt.IsSuccess)
        {
            return werkstatt.Error;
        }

        return actor.Coordinates(werkstatt.Value.NetworkId)
            ? werkstatt.Value
            : Error.Forbidden("Die Übersicht der Zuteilung, der Vorschlag und die Bestätigung sind Sache der Koordination.");
    }

    private async Task<BoardView> BoardOfAsync(WerkstattAggregate werkstatt, CancellationToken cancellationToken)
    {
        var plan = await db.Set<StaffingPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.WerkstattId == werkstatt.Id, cancellationToken)
            ?? StaffingPlan.For(werkstatt.Id);
        return await ViewAsync(werkstatt, plan, cancellationToken);
    }

    private async Task<BoardView> ViewAsync(WerkstattAggregate werkstatt, StaffingPlan plan, CancellationToken cancellationToken)
    {
        var processes = await db.Set<Process>().AsNoTracking().Where(p => p.WerkstattId == werkstatt.Id).ToListAsync(cancellationToken);
        var offers = await db.Set<MemberOffer>().AsNoTracking().Where(o => o.WerkstattId == werkstatt.Id).ToDictionaryAsync(o => o.MemberId, cancellationToken);
        var members = await scope.MembersAsync(werkstatt.NetworkId, cancellationToken);
        return new BoardView(
            werkstatt,
            processes.OrderBy(p => p.Name, StringComparer.CurrentCulture).ToList(),
            members.Select(m => new BoardMember(m.Id, m.Name, m.Level, offers.GetValueOrDefault(m.Id))).ToList(),
            plan,
            await history.ForAsync(werkstatt, cancellationToken),
            werkstatt.Phase == Phase.Assignment && !plan.IsConfirmed);
    }

    private async Task<Result<BoardView>> ChangeAsync(
        Actor actor, WerkstattId werkstattId, int? version, Func<WerkstattAggregate, StaffingPlan, BoardView, DateTimeOffset, Error?> change, CancellationToken cancellationToken)
    {
        var werkstatt = await CoordinatedAsync(actor, werkstattId, cancellationToken);
        if (!werkstatt.IsSuccess)
        {
            return werkstatt.Error;
        }

        var plan = await db.Set<StaffingPlan>().FirstOrDefaultAsync(p => p.WerkstattId == werkstattId, cancellationToken) ?? StaffingPlan.For(werkstattId);
        if (version is { } expected && expected != plan.Version)
        {
            db.ChangeTracker.Clear();
            return Error.Concurrency(What);
        }

        var board = await ViewAsync(werkstatt.Value, plan, cancellationToken);
        await SocketThreads.LeaveAsync(); // the solver runs in the change
        try
        {
            if (change(werkstatt.Value, plan, board, time.GetUtcNow()) is { } refused)
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

        var conflict = await db.SaveCreatedOrChangedAsync(plan, version, What, cancellationToken);
        return conflict ?? await BoardAsync(actor, werkstattId, cancellationToken);
    }
}
