using System.Globalization;
using System.Net;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;

namespace Werkstatt.Service.Microsoft365;

/// <summary>
/// Writes workshop days as events into the organizer's calendar (Exchange then sends the invitations): create with a
/// transactionId, PATCH only the fields that changed, cancel with a comment. Every call goes through the SDK pipeline,
/// whose retry handler honours Retry-After on 429/503/504.
/// </summary>
public sealed class GraphEventWriter(GraphClients clients)
{
    /// <summary>A run of underscores opens the block Teams adds to the body (join link, dial-in); it must survive a body change.</summary>
    private const string TeamsBlockMarker = "________________";

    public async Task<(string Id, string? JoinUrl)> CreateAsync(Guid networkId, GraphEventState state, string transactionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var graphEvent = new Event
        {
            TransactionId = transactionId,
            Subject = state.Subject,
            Body = Body(state.Body),
            Start = Time(state.Start),
            End = Time(state.End),
            Location = new Location { DisplayName = state.Location },
            Attendees = Attendees(state),
            AllowNewTimeProposals = false,
            ResponseRequested = true,
        };
        if (state.Online)
        {
            graphEvent.IsOnlineMeeting = true;
            graphEvent.OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness;
        }

        var created = await Events(networkId).PostAsync(graphEvent, cancellationToken: cancellationToken)
            ?? throw new InvalidOperationException("Microsoft 365 hat keinen Termin zurückgegeben.");
        return (created.Id ?? throw new InvalidOperationException("Microsoft 365 hat keine Termin-Id zurückgegeben."), created.OnlineMeeting?.JoinUrl);
    }

    /// <summary>PATCHes what differs between <paramref name="previous"/> and <paramref name="desired"/>; returns false when nothing did.</summary>
    public async Task<bool> PatchAsync(Guid networkId, string eventId, GraphEventState previous, GraphEventState desired, string? joinUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(desired);
        var patch = new Event();
        var changed = false;
        if (previous.Subject != desired.Subject)
        {
            patch.Subject = desired.Subject;
            changed = true;
        }

        if (previous.Start != desired.Start)
        {
            patch.Start = Time(desired.Start);
            changed = true;
        }

        if (previous.End != desired.End)
        {
            patch.End = Time(desired.End);
            changed = true;
        }

        if (previous.Location != desired.Location)
        {
            patch.Location = new Location { DisplayName = desired.Location };
            changed = true;
        }

        if (!previous.SameAttendees(desired))
        {
            patch.Attendees = Attendees(desired);
            changed = true;
        }

        if (previous.Body != desired.Body)
        {
            patch.Body = Body(desired.Body + (desired.Online ? await TeamsBlockAsync(networkId, eventId, joinUrl, cancellationToken) : string.Empty));
            changed = true;
        }

        if (!changed)
        {
            return false;
        }

        await Events(networkId)[eventId].PatchAsync(patch, cancellationToken: cancellationToken);
        return true;
    }

    public Task CancelAsync(Guid networkId, string eventId, string comment, CancellationToken cancellationToken) =>
        Events(networkId)[eventId].Cancel.PostAsync(new CancelPostRequestBody { Comment = comment }, cancellationToken: cancellationToken);

    /// <summary>
    /// The Teams block of the event's current body: a PATCHed body replaces the whole body, and without the block the
    /// attendees would lose the join link. Falls back to a plain link when the block is not recognisable.
    /// </summary>
    private async Task<string> TeamsBlockAsync(Guid networkId, string eventId, string? joinUrl, CancellationToken cancellationToken)
    {
        var current = await Events(networkId)[eventId].GetAsync(r => r.QueryParameters.Select = ["body"], cancellationToken);
        var html = current?.Body?.Content ?? string.Empty;
        var marker = html.IndexOf(TeamsBlockMarker, StringComparison.Ordinal);
        if (marker >= 0)
        {
            var start = html.LastIndexOf("<div", marker, StringComparison.OrdinalIgnoreCase);
            var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
            start = start < 0 ? marker : start;
            return html[start..(end > start ? end : html.Length)];
        }

        return joinUrl is null
            ? string.Empty
            : $"<p>Microsoft Teams-Besprechung: <a href=\"{WebUtility.HtmlEncode(joinUrl)}\">Jetzt an der Besprechung teilnehmen</a></p>";
    }

    private Microsoft.Graph.Users.Item.Events.EventsRequestBuilder Events(Guid networkId) =>
        clients.For(networkId).Users[clients.Mailbox(networkId)].Events;

    private static ItemBody Body(string html) => new() { ContentType = BodyType.Html, Content = html };

    private static DateTimeTimeZone Time(string local) => new() { DateTime = local, TimeZone = GraphEventState.TimeZone };

    private static List<Attendee> Attendees(GraphEventState state) =>
        state.Attendees.Select(a => new Attendee
        {
            EmailAddress = new EmailAddress { Address = a.Email, Name = a.Name },
            Type = AttendeeType.Required,
        }).ToList();

    /// <summary>A Berlin wall-clock time as Graph's DateTimeTimeZone wants it.</summary>
    public static string Local(DateTimeOffset instant) =>
        Werkstatt.Domain.Common.BerlinTime.ToBerlin(instant).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
