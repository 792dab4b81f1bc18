using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Invitations;
using Werkstatt.Service.Calendar;
using Werkstatt.Service.Hosting;
using Werkstatt.Service.Mail;
using Werkstatt.Service.Notifications;

namespace Werkstatt.Service.Invitations;

/// <summary>
/// Builds the calendar events of a Werkstatt (one per workshop day, UID per day) and the German mail around an
/// invitation, update or cancellation. The same events serve iMIP, the CLI export and the subscription feed.
/// </summary>
public sealed class InvitationComposer(IOptions<AppOptions> app, IOptions<MailOptions> mail)
{
    public string Domain => app.Value.MessageIdDomain;

    public string Link(WerkstattId id) => app.Value.Link($"/Werkstaetten/{id}");

    public CalendarAttendee Organizer(string networkName) => new(mail.Value.FromAddress, $"{mail.Value.FromName} – {networkName}", "CHAIR");

    public CalendarEvent Event(InvitationContent content, CalendarDay day, int dayCount, IReadOnlyList<CalendarAttendee> attendees, bool cancelled)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(day);
        var werkstatt = content.Werkstatt;
        return new CalendarEvent
        {
            Uid = WerkstattCalendar.Uid(werkstatt.Id, day.Number, Domain),
            Sequence = day.Sequence,
            Start = day.Start,
            End = day.End,
            Summary = Summary(werkstatt.Title, day.Number, dayCount),
            Location = day.Location,
            Description = Description(content, day, dayCount),
            Url = Link(werkstatt.Id),
            Organizer = Organizer(content.NetworkName),
            Attendees = attendees,
            Cancelled = cancelled || day.Cancelled,
        };
    }

    public static string Summary(string title, int day, int dayCount) =>
        dayCount > 1 ? $"{title} (Tag {day} von {dayCount})" : title;

    public NotificationMail Mail(InvitationContent content, CalendarDay day, int dayCount, string recipientName, InvitationMethod method)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(day);
        var werkstatt = content.Werkstatt;
        var when = When(day);
        var dayText = dayCount > 1 ? $" (Tag {day.Number} von {dayCount})" : string.Empty;
        var (subject, lead) = method == InvitationMethod.Cancel
            ? ($"Abgesagt: Prozesswerkstatt „{werkstatt.Title}“{dayText} am {BerlinTime.FormatDate(day.Start)}",
                day.Cancelled
                    ? $"der Termin der Prozesswerkstatt „{werkstatt.Title}“{dayText} am {when} findet nicht statt."
                    : $"Sie sind für die Prozesswerkstatt „{werkstatt.Title}“{dayText} am {when} nicht mehr angemeldet; der Termin wird aus Ihrem Kalender entfernt.")
            : day.Sequence == 0
                ? ($"Einladung: Prozesswerkstatt „{werkstatt.Title}“{dayText} am {BerlinTime.FormatDate(day.Start)}",
                    $"Sie sind zur Prozesswerkstatt „{werkstatt.Title}“{dayText} eingeladen: {when}.")
                : ($"Geändert: Prozesswerkstatt „{werkstatt.Title}“{dayText} am {BerlinTime.FormatDate(day.Start)}",
                    $"der Termin der Prozesswerkstatt „{werkstatt.Title}“{dayText} hat sich geändert. Neu: {when}.");
        var lines = new List<string> { lead };
        if (method == InvitationMethod.Request)
        {
            lines.Add(day.Link is null ? $"Ort: {day.Location}" : $"Online: {day.Link}");
            lines.Add("Bitte sagen Sie in Ihrem Kalender zu oder ab.");
        }

        var link = Link(werkstatt.Id);
        var text = new StringBuilder();
        text.Append("Guten Tag ").Append(recipientName).Append(",\n\n");
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        text.Append("\nZur Werkstatt: ").Append(link).Append("\n\n-- \nWerkstatt – Prozesswerkstätten für kommunale Netzwerke\n");
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>").Append(Encode(subject)).Append("</title></head><body style=\"font-family:sans-serif\">");
        html.Append("<p>Guten Tag ").Append(Encode(recipientName)).Append(",</p>");
        foreach (var line in lines)
        {
            html.Append("<p>").Append(Encode(line)).Append("</p>");
        }

        html.Append("<p><a href=\"").Append(Encode(link)).Append("\">Zur Werkstatt: ").Append(Encode(werkstatt.Title)).Append("</a></p></body></html>");
        return new NotificationMail(subject, text.ToString(), html.ToString(), link);
    }

    /// <summary>The event's text: when, where, the agenda and the link back (iCalendar DESCRIPTION, Graph body).</summary>
    public string Description(InvitationContent content, CalendarDay day, int dayCount)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(day);
        var text = new StringBuilder();
        text.Append("Prozesswerkstatt „").Append(content.Werkstatt.Title).Append('“');
        if (dayCount > 1)
        {
            text.Append(" – Tag ").Append(day.Number).Append(" von ").Append(dayCount);
        }

        text.Append('\n').Append(When(day)).Append('\n');
        text.Append(day.Link is null ? $"Vor Ort: {day.Location}" : $"Online: {day.Link}").Append('\n');
        var timetable = content.Timetable?.Of(day.Number) ?? [];
        if (timetable.Count > 0)
        {
            text.Append("\nAblauf:\n");
            foreach (var line in timetable)
            {
                text.Append("- ").Append(line.Describe()).Append('\n');
            }
        }
        else if (content.Agenda.Count > 0)
        {
            text.Append("\nAuf der Tagesordnung:\n");
            foreach (var item in content.Agenda)
            {
                text.Append("- ").Append(item).Append('\n');
            }
        }

        text.Append("\nZur Werkstatt: ").Append(Link(content.Werkstatt.Id));
        return text.ToString();
    }

    public static string When(CalendarDay day) => day is null ? throw new ArgumentNullException(nameof(day)) :
        $"{BerlinTime.WeekdayName(BerlinTime.DateOf(day.Start))}, {BerlinTime.FormatDate(day.Start)}, {BerlinTime.FormatTime(day.Start)}–{BerlinTime.FormatTime(day.End)} Uhr";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
