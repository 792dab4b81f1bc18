using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Invitations;
using Werkstatt.Service.Invitations;
using Werkstatt.Service.Jobs;
using Werkstatt.Service.Mail;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Microsoft365;

/// <summary>
/// Brings the Graph events of due calendars (Graph delivery) in line with the calendar: creates missing days, PATCHes
/// changed ones, cancels cancelled ones. A day's result is saved as soon as Graph accepted it; a failed attempt is
/// retried with backoff (the outbox's settings) and after the last one waits for the coordinator's retry.
/// </summary>
public sealed partial class GraphCalendarSync(
    WerkstattDbContext db,
    InvitationSync sync,
    InvitationComposer composer,
    GraphEventWriter writer,
    GraphClients clients,
    TimeProvider time,
    IOptions<JobsOptions> jobs,
    ILogger<GraphCalendarSync> logger)
{
    private const int BatchSize = 20;

    /// <summary>One pass over the due calendars; returns how many were handled.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var due = await db.Set<WerkstattCalendar>()
            .Where(c => c.GraphDueAt != null && c.GraphDueAt <= now)
            .OrderBy(c => c.GraphDueAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var calendar in due)
        {
            await SyncAsync(calendar, cancellationToken);
        }

        return due.Count;
    }

    private async Task SyncAsync(WerkstattCalendar calendar, CancellationToken cancellationToken)
    {
        var networkId = calendar.NetworkId.Value;
        try
        {
            if (!clients.IsConfigured(networkId))
            {
                throw new InvalidOperationException("Für dieses Netzwerk ist Microsoft 365 nicht (mehr) eingerichtet.");
            }

            var werkstatt = await db.Werkstaetten.AsNoTracking().FirstAsync(w => w.Id == calendar.WerkstattId, cancellationToken);
            var content = await sync.ContentAsync(werkstatt, cancellationToken);
            var open = calendar.Days.Count(d => !d.Cancelled);
            var dayCount = open > 0 ? open : calendar.Days.Count;
            var attendees = calendar.Attendees.Where(a => a.IsActive).OrderBy(a => a.Email, StringComparer.Ordinal).Select(a => new GraphAttendee(a.Email, a.Name)).ToList();
            foreach (var day in calendar.Days.OrderBy(d => d.Number))
            {
                var desired = Desired(content, calendar, day, Math.Max(dayCount, day.Number), attendees);
                await WriteDayAsync(calendar, day, desired, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }

            calendar.GraphSucceeded();
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone changed the calendar meanwhile; their change asked for another pass, which starts from the database.
            db.ChangeTracker.Clear();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var settings = jobs.Value;
            var attempt = calendar.GraphAttempts + 1;
            var next = attempt >= settings.MaxAttempts
                ? (DateTimeOffset?)null
                : time.GetUtcNow() + RetryPolicy.Delay(attempt, settings.RetryBaseDelay, settings.RetryMaxDelay, Random.Shared.NextDouble());
            LogFailed(logger, ex, calendar.WerkstattId.Value, attempt);
            calendar.GraphFailed(Describe(ex), next);
            await db.SaveChangesAsync(CancellationToken.None);
        }
    }

    private async Task WriteDayAsync(WerkstattCalendar calendar, CalendarDay day, GraphEventState desired, CancellationToken cancellationToken)
    {
        var networkId = calendar.NetworkId.Value;
        var previous = GraphEventState.Parse(day.GraphState);
        if (day.Cancelled)
        {
            if (day.GraphEventId is { } cancelled && previous is not { Cancelled: true })
            {
                await writer.CancelAsync(networkId, cancelled, CancelComment(desired, day), cancellationToken);
                day.GraphSynced(cancelled, desired.Serialize(), null);
            }

            return;
        }

        if (day.GraphEventId is null || previous is null || previous.Cancelled)
        {
            // A day revived after its event was cancelled needs a new event, hence a new transaction id.
            var transactionId = TransactionId(calendar, day, previous is { Cancelled: true });
            var (id, joinUrl) = await writer.CreateAsync(networkId, desired, transactionId, cancellationToken);
            day.GraphSynced(id, desired.Serialize(), joinUrl);
            return;
        }

        if (await writer.PatchAsync(networkId, day.GraphEventId, previous, desired, day.JoinUrl, cancellationToken))
        {
            day.GraphSynced(day.GraphEventId, desired.Serialize(), null);
        }
    }

    /// <summary>Stable per (Werkstatt, day): a create retried after a lost answer or a crash finds the event it made.</summary>
    public static string TransactionId(WerkstattCalendar calendar, CalendarDay day, bool revived)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(day);
        var id = $"werkstatt-{calendar.WerkstattId.Value:N}-tag{day.Number}";
        return revived ? $"{id}-s{day.Sequence}" : id;
    }

    private GraphEventState Desired(InvitationContent content, WerkstattCalendar calendar, CalendarDay day, int dayCount, IReadOnlyList<GraphAttendee> attendees)
    {
        var online = calendar.TeamsMeeting;
        var html = new StringBuilder("<div>");
        foreach (var line in composer.Description(content, day, dayCount).Split('\n'))
        {
            html.Append(WebUtility.HtmlEncode(line)).Append("<br>");
        }

        html.Append("</div>");
        return new GraphEventState(
            InvitationComposer.Summary(content.Werkstatt.Title, day.Number, dayCount),
            html.ToString(),
            GraphEventWriter.Local(day.Start),
            GraphEventWriter.Local(day.End),
            online && day.Link is not null ? "Microsoft Teams-Besprechung" : day.Location,
            attendees,
            online,
            day.Cancelled);
    }

    private static string CancelComment(GraphEventState state, CalendarDay day) =>
        $"Die Prozesswerkstatt „{state.Subject}“ am {BerlinTime.WeekdayName(BerlinTime.DateOf(day.Start))}, {BerlinTime.FormatDate(day.Start)} findet nicht statt. Der Termin wird aus Ihrem Kalender entfernt.";

    private static string Describe(Exception ex)
    {
        var inner = ex is AggregateException aggregate ? aggregate.InnerExceptions.LastOrDefault() ?? ex : ex;
        var status = inner is Microsoft.Kiota.Abstractions.ApiException api && api.ResponseStatusCode > 0 ? $" (HTTP {api.ResponseStatusCode})" : string.Empty;
        var message = inner is Microsoft.Graph.Models.ODataErrors.ODataError { Error.Message: { } detail } ? detail : inner.Message;
        return $"Microsoft 365 hat die Termine nicht übernommen{status}: {message}";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph events of Werkstatt {WerkstattId} failed (attempt {Attempt})")]
    private static partial void LogFailed(ILogger logger, Exception ex, Guid werkstattId, int attempt);
}
