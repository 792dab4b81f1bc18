using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Calendar;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Persistence.Queries;
using Werkstatt.Service.Staffing;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Werkstaetten;

/// <summary>Planning Werkstätten and moving them through the cycle. Everyone in the network may read; coordinators change.</summary>
public sealed class WerkstattService(WerkstattDbContext db, TimeProvider time, CycleFactsReader cycleFacts)
{
    private const string What = "Die Werkstatt";

    public async Task<Result<IReadOnlyList<WerkstattAggregate>>> ListAsync(Actor actor, NetworkId networkId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.BelongsTo(networkId))
        {
            return Error.Forbidden();
        }

        var list = await db.Werkstaetten.AsNoTracking().Where(w => w.NetworkId == networkId).ToListAsync(cancellationToken);
        return list.OrderBy(w => w.Schedule.Day1Start).ToList();
    }

    public async Task<Result<WerkstattView>> GetAsync(Actor actor, WerkstattId id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var werkstatt = await HotQueries.WerkstattById(db, id, cancellationToken);
        if (werkstatt is null)
        {
            return Error.NotFound(What);
        }

        if (!actor.BelongsTo(werkstatt.NetworkId))
        {
            return Error.Forbidden();
        }

        return await ViewAsync(werkstatt, cancellationToken);
    }

    public async Task<Result<WerkstattView>> PlanAsync(Actor actor, PlanWerkstatt command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(command);
        var network = await db.Networks.AsNoTracking().FirstOrDefaultAsync(n => n.Id == command.NetworkId, cancellationToken);
        if (network is null)
        {
            return Error.NotFound("Das Netzwerk");
        }

        if (!actor.Coordinates(network.Id))
        {
            return Error.Forbidden("Nur die Koordination kann Werkstätten planen.");
        }

        try
        {
            var werkstatt = NewWerkstatt(network, command.Title, command.FirstDay, command.Days, Venue.Create(command.Format, command.MeetingUrl, command.Address));
            db.Werkstaetten.Add(werkstatt);
            await db.SaveChangesAsync(cancellationToken);
            return await ViewAsync(werkstatt, cancellationToken);
        }
        catch (DomainRuleViolation violation)
        {
            db.ChangeTracker.Clear();
            return violation.ToError();
        }
    }

    /// <summary>
    /// Creates one Werkstatt per quarter that has none yet, on the second Tuesday of the quarter's middle month
    /// (moved to the next pair of working days); quarters whose voting deadline has passed are left out.
    /// </summary>
    public async Task<Result<PlanYearResult>> PlanYearAsync(Actor actor, PlanYear command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(command);
        var network = await db.Networks.AsNoTracking().FirstOrDefaultAsync(n => n.Id == command.NetworkId, cancellationToken);
        if (network is null)
        {
            return Error.NotFound("Das Netzwerk");
        }

        if (!actor.Coordinates(network.Id))
        {
            return Error.Forbidden("Nur die Koordination kann Werkstätten planen.");
        }

        if (command.Year < 2000 || command.Year > 2100)
        {
            return Error.Validation(nameof(PlanYear.Year), "Bitte ein Jahr zwischen 2000 und 2100 angeben.");
        }

        Venue venue;
        try
        {
            venue = Venue.Create(command.Format, command.MeetingUrl, command.Address);
        }
        catch (DomainRuleViolation violation)
        {
            return violation.ToError();
        }

        var existing = await db.Werkstaetten.AsNoTracking()
            .Where(w => w.NetworkId == network.Id && w.Phase != Phase.Cancelled)
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var planned = new List<WerkstattAggregate>();
        var skipped = new List<string>();
        for (var quarter = 1; quarter <= 4; quarter++)
        {
            if (existing.Any(w => QuarterOf(w.Schedule.FirstDay) == (command.Year, quarter)))
            {
                skipped.Add($"{quarter}. Quartal {command.Year}: es gibt schon eine Werkstatt.");
                continue;
            }

            var firstDay = QuarterDate(network, command.Year, quarter);
            var werkstatt = NewWerkstatt(network, null, firstDay, null, venue);
            if (werkstatt.Schedule.VotingCloses <= now)
            {
                skipped.Add($"{quarter}. Quartal {command.Year}: die Abstimmung hätte schon am {BerlinTime.FormatDate(werkstatt.Schedule.VotingCloses)} enden müssen.");
                continue;
            }

            planned.Add(werkstatt);
        }

        db.Werkstaetten.AddRange(planned);
        await db.SaveChangesAsync(cancellationToken);
        var views = new List<WerkstattView>();
        foreach (var werkstatt in planned)
        {
            views.Add(await ViewAsync(werkstatt, cancellationToken));
        }

        return new PlanYearResult(views, skipped);
    }

    public Task<Result<WerkstattView>> UpdateAsync(Actor actor, WerkstattId id, UpdateWerkstatt command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return ChangeAsync(actor, id, command.Version, (werkstatt, now) =>
        {
            var schedule = command.Schedule.ToSchedule();
            var venue = Venue.Create(command.Format, command.MeetingUrl, command.Address);
            if (command.Title.Trim() != werkstatt.Title)
            {
                werkstatt.Rename(command.Title);
            }

            werkstatt.Reschedule(schedule, now);
            werkstatt.ChangeVenue(venue, now);
        }, cancellationToken);
    }

    public async Task<Result<WerkstattView>> MoveAsync(Actor actor, WerkstattId id, Phase target, int? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var facts = await cycleFacts.ForAsync(id, cancellationToken);
        return await ChangeAsync(actor, id, version, (werkstatt, now) => werkstatt.MoveTo(target, now, actor.Name, facts), cancellationToken);
    }

    public Task<Result<WerkstattView>> CancelAsync(Actor actor, WerkstattId id, string reason, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, version, (werkstatt, now) => werkstatt.Cancel(reason, now, actor.Name), cancellationToken);

    /// <summary>
    /// Closes the voting once its deadline has passed: Voting → process selection, done by the system (the deadline job).
    /// Idempotent: a Werkstatt no longer in Voting, or whose deadline was moved ahead, is left as it is.
    /// </summary>
    public async Task<Result<string>> CloseVotingAtDeadlineAsync(WerkstattId id, CancellationToken cancellationToken = default)
    {
        var werkstatt = await db.Werkstaetten.FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (werkstatt is null)
        {
            return Error.NotFound(What);
        }

        var now = time.GetUtcNow();
        if (werkstatt.Phase != Phase.Voting)
        {
            return $"Nichts zu tun: die Werkstatt steht in der Phase „{werkstatt.Phase.GermanName()}“.";
        }

        if (now < werkstatt.Schedule.VotingCloses)
        {
            return $"Nichts zu tun: die Abstimmung läuft bis {BerlinTime.FormatDateTime(werkstatt.Schedule.VotingCloses)}.";
        }

        var facts = await cycleFacts.ForAsync(werkstatt.Id, cancellationToken);
        try
        {
            werkstatt.MoveTo(Phase.ProcessSelection, now, "System (Abstimmungsfrist)", facts);
        }
        catch (DomainRuleViolation violation)
        {
            db.ChangeTracker.Clear();
            return violation.ToError();
        }

        var conflict = await db.SaveAsync(werkstatt, werkstatt.Version, What, cancellationToken);
        return conflict is null ? "Abstimmung zur Frist beendet; weiter mit der Prozessauswahl." : conflict;
    }

    /// <summary>The flags of a schedule in the network's state, for forms that check dates before saving.</summary>
    public static IReadOnlyList<DateFlag> Flags(Schedule schedule, FederalState state) => ScheduleCalendarCheck.Flags(schedule, state);

    private async Task<Result<WerkstattView>> ChangeAsync(Actor actor, WerkstattId id, int? version, Action<WerkstattAggregate, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var werkstatt = await db.Werkstaetten.FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (werkstatt is null)
        {
            return Error.NotFound(What);
        }

        if (!actor.Coordinates(werkstatt.NetworkId))
        {
            return Error.Forbidden("Nur die Koordination kann Werkstätten ändern.");
        }

        if (version is { } expected && expected != werkstatt.Version)
        {
            db.ChangeTracker.Clear();
            return Error.Concurrency(What);
        }

        try
        {
            change(werkstatt, time.GetUtcNow());
        }
        catch (DomainRuleViolation violation)
        {
            db.ChangeTracker.Clear();
            return violation.ToError();
        }

        var conflict = await db.SaveAsync(werkstatt, version, What, cancellationToken);
        return conflict is null ? await ViewAsync(werkstatt, cancellationToken) : conflict;
    }

    private async Task<WerkstattView> ViewAsync(WerkstattAggregate werkstatt, CancellationToken cancellationToken)
    {
        var network = await HotQueries.NetworkById(db, werkstatt.NetworkId, cancellationToken)
            ?? throw new InvalidOperationException("Die Werkstatt gehört zu keinem Netzwerk.");
        var now = time.GetUtcNow();
        var next = werkstatt.Phase.Next();
        var facts = await cycleFacts.ForAsync(werkstatt.Id, cancellationToken);
        var blockers = next is { } target ? werkstatt.BlockersFor(target, now, facts).Select(r => r.Message).ToList() : [];
        return new WerkstattView(werkstatt, network, ScheduleCalendarCheck.Flags(werkstatt.Schedule, network.FederalState), next, blockers, facts);
    }

    private WerkstattAggregate NewWerkstatt(Network network, string? title, DateOnly firstDay, int? days, Venue venue)
    {
        var schedule = Schedule.FromTemplate(network.Template, firstDay, days);
        var (year, quarter) = QuarterOf(firstDay);
        var name = string.IsNullOrWhiteSpace(title) ? $"Prozesswerkstatt {quarter}. Quartal {year}" : title;
        return WerkstattAggregate.Plan(network.Id, name, schedule, venue, time.GetUtcNow());
    }

    private static (int Year, int Quarter) QuarterOf(DateOnly date) => (date.Year, ((date.Month - 1) / 3) + 1);

    private static DateOnly QuarterDate(Network network, int year, int quarter)
    {
        var month = (quarter * 3) - 1;
        var first = new DateOnly(year, month, 1);
        var day = first.AddDays((((int)DayOfWeek.Tuesday - (int)first.DayOfWeek) + 7) % 7 + 7);
        while (!WorkingDays.IsWorkingDay(network.FederalState, day)
            || (network.Template.WorkshopDays == 2 && !WorkingDays.IsWorkingDay(network.FederalState, day.AddDays(1))))
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
