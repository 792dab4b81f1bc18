using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Hosting;
using Werkstatt.Service.Jobs;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Notifications;

/// <summary>German reminder, escalation and digest mails, as plain text and HTML with a deep link to the task.</summary>
public sealed class MailComposer(IOptions<AppOptions> app, TimeProvider time)
{
    public const string PreferencesPath = "/Einstellungen/Benachrichtigungen";

    public string TaskLink(WerkstattAggregate werkstatt)
    {
        ArgumentNullException.ThrowIfNull(werkstatt);
        return app.Value.Link($"/Werkstaetten/{werkstatt.Id}");
    }

    public NotificationMail Compose(JobStep step, WerkstattAggregate werkstatt, string recipientName)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(werkstatt);
        var at = BerlinTime.FormatDateTime(step.MilestoneAt);
        var title = werkstatt.Title;
        if (step.Rework is { } rework)
        {
            return Rework(step, rework, werkstatt, at, recipientName);
        }

        if (step.Action is { } action)
        {
            var (actionSubject, actionLines) = ActionItemMailText.For(step, action, werkstatt, Left(action.NoticeAt, time.GetUtcNow()));
            var room = app.Value.Link($"/Werkstaetten/{werkstatt.Id}/Raum/{action.ProcessId}");
            return Build(actionSubject, recipientName, actionLines, room, step.Kind == StepKind.Escalation ? "Zum Werkstattraum" : "Zur Maßnahme", werkstatt.Title);
        }

        var (subject, lines) = step.Kind == StepKind.Escalation
            ? Escalation(step, werkstatt, at)
            : Reminder(step, werkstatt, at, Left(step.MilestoneAt, time.GetUtcNow()));
        return Build(subject, recipientName, lines, TaskLink(werkstatt), step.Kind == StepKind.Escalation ? "Zur Werkstatt" : "Zur Aufgabe", title);
    }

    public NotificationMail Digest(string recipientName, DateOnly day, IReadOnlyList<OutboxMessage> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var subject = $"Ihre Erinnerungen vom {BerlinTime.FormatDate(day)} ({items.Count})";
        var text = new StringBuilder();
        var html = new StringBuilder();
        text.Append("Guten Tag ").Append(recipientName).Append(",\n\nhier sind Ihre Erinnerungen aus Werkstatt:\n\n");
        html.Append("<p>Guten Tag ").Append(Encode(recipientName)).Append(",</p><p>hier sind Ihre Erinnerungen aus Werkstatt:</p><ul>");
        foreach (var item in items)
        {
            var link = item.Link;
            text.Append("- ").Append(item.Subject).Append('\n');
            if (link is not null)
            {
                text.Append("  ").Append(link).Append('\n');
            }

            html.Append("<li>").Append(link is null ? Encode(item.Subject) : $"<a href=\"{Encode(link)}\">{Encode(item.Subject)}</a>").Append("</li>");
        }

        html.Append("</ul>");
        return new NotificationMail(subject, text.Append(Footer()).ToString(), Wrap(subject, html.Append(HtmlFooter()).ToString()), app.Value.Link("/"));
    }

    // From the real time left, not the reminder's offset: a reminder planned late (deadline moved close) must not say "in 7 Tagen".
    private static string Left(DateTimeOffset deadline, DateTimeOffset now)
    {
        var remaining = deadline - now;
        var days = BerlinTime.DateOf(deadline).DayNumber - BerlinTime.DateOf(now).DayNumber;
        if (remaining <= TimeSpan.Zero)
        {
            return "jetzt";
        }

        if (days >= 2)
        {
            return $"in {days} Tagen";
        }

        if (days == 1)
        {
            return "morgen";
        }

        var hours = (int)remaining.TotalHours;
        var minutes = Math.Max(1, (int)Math.Ceiling(remaining.TotalMinutes));
        return hours >= 1
            ? $"heute (in {hours} {(hours == 1 ? "Stunde" : "Stunden")})"
            : $"in {minutes} {(minutes == 1 ? "Minute" : "Minuten")}";
    }

    private static (string Subject, string[] Lines) Reminder(JobStep step, WerkstattAggregate werkstatt, string at, string left)
    {
        return step.Milestone switch
        {
            MilestoneKind.VotingCloses => ($"Erinnerung: Die Abstimmung endet am {at} – {werkstatt.Title}",
                [$"die Abstimmung über die Themen der Prozesswerkstatt „{werkstatt.Title}“ endet {left}, am {at}.", "Bitte geben Sie die Stimmen Ihrer Verwaltung bis dahin ab."]),
            MilestoneKind.ModelsDue => ($"Erinnerung: Modelle fällig am {at} – {werkstatt.Title}",
                [$"die Prozessmodelle und Steckbriefe für die Prozesswerkstatt „{werkstatt.Title}“ sind {left} fällig, am {at}.", "Bitte laden Sie die Unterlagen Ihrer Verwaltung rechtzeitig hoch."]),
            MilestoneKind.ReviewDue => ($"Erinnerung: Qualitätssicherung bis {at} – {werkstatt.Title}",
                [$"die Qualitätssicherung der Modelle für die Prozesswerkstatt „{werkstatt.Title}“ endet {left}, am {at}.", "Bitte prüfen Sie die eingereichten Modelle bis dahin."]),
            MilestoneKind.WorkshopDay1 => ($"Erinnerung: Prozesswerkstatt am {BerlinTime.FormatDate(step.MilestoneAt)} – {werkstatt.Title}",
                [$"die Prozesswerkstatt „{werkstatt.Title}“ beginnt {left}, am {at}.", werkstatt.Venue.Describe()]),
            MilestoneKind.FollowUpDue => ($"Erinnerung: Nachbereitung bis {at} – {werkstatt.Title}",
                [$"die Nachbereitung der Prozesswerkstatt „{werkstatt.Title}“ endet {left}, am {at}.", "Bitte laden Sie die finalen Steckbriefe und Modelle Ihrer Verwaltung hoch."]),
            _ => ($"Erinnerung: {Milestone.GermanLabel(step.Milestone)} am {at} – {werkstatt.Title}",
                [$"„{Milestone.GermanLabel(step.Milestone)}“ der Prozesswerkstatt „{werkstatt.Title}“ ist {left}, am {at}."]),
        };
    }

    private NotificationMail Rework(JobStep step, ReworkDue rework, WerkstattAggregate werkstatt, string at, string recipientName)
    {
        var link = app.Value.Link($"/Werkstaetten/{werkstatt.Id}/Einreichungen/{rework.ProcessId}/{rework.MemberId}");
        var (subject, lines) = step.Kind == StepKind.Escalation
            ? ($"Überfällig: Überarbeitung „{rework.ProcessName}“ ({rework.MemberName}) – {werkstatt.Title}",
                new[] { $"die Frist für die Überarbeitung des Modells „{rework.ProcessName}“ der Verwaltung {rework.MemberName} (Prozesswerkstatt „{werkstatt.Title}“) ist am {at} abgelaufen; eine neue Version fehlt noch.", "Bitte klären Sie mit der Verwaltung das weitere Vorgehen – oder entschuldigen Sie sie von dieser Einreichung." })
            : ($"Erinnerung: Überarbeitung „{rework.ProcessName}“ fällig am {at} – {werkstatt.Title}",
                new[] { $"die Qualitätssicherung hat für das Modell „{rework.ProcessName}“ Ihrer Verwaltung eine Überarbeitung erbeten; die Frist endet {Left(step.MilestoneAt, time.GetUtcNow())}, am {at}.", "Bitte laden Sie die überarbeitete Version rechtzeitig hoch; die Anmerkungen stehen bei der Einreichung." });
        return Build(subject, recipientName, lines, link, step.Kind == StepKind.Escalation ? "Zur Einreichung" : "Zur Aufgabe", werkstatt.Title);
    }

    private static (string Subject, string[] Lines) Escalation(JobStep step, WerkstattAggregate werkstatt, string at)
    {
        var label = Milestone.GermanLabel(step.Milestone);
        return ($"Überfällig: {label} ({at}) – {werkstatt.Title}",
            [$"die Frist „{label}“ der Prozesswerkstatt „{werkstatt.Title}“ ist am {at} abgelaufen; die Werkstatt steht noch in der Phase „{werkstatt.Phase.GermanName()}“.", "Bitte klären Sie mit den Beteiligten das weitere Vorgehen."]);
    }

    private NotificationMail Build(string subject, string recipientName, string[] lines, string link, string linkText, string title)
    {
        var text = new StringBuilder();
        text.Append("Guten Tag ").Append(recipientName).Append(",\n\n");
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        text.Append('\n').Append(linkText).Append(": ").Append(link).Append('\n').Append(Footer());
        var html = new StringBuilder();
        html.Append("<p>Guten Tag ").Append(Encode(recipientName)).Append(",</p>");
        foreach (var line in lines)
        {
            html.Append("<p>").Append(Encode(line)).Append("</p>");
        }

        html.Append("<p><a href=\"").Append(Encode(link)).Append("\">").Append(Encode(linkText)).Append(": ").Append(Encode(title)).Append("</a></p>").Append(HtmlFooter());
        return new NotificationMail(subject, text.ToString(), Wrap(subject, html.ToString()), link);
    }

    private string Footer() =>
        $"\n-- \nWerkstatt – Prozesswerkstätten für kommunale Netzwerke\nBenachrichtigungen einstellen: {app.Value.Link(PreferencesPath)}\n";

    private string HtmlFooter() =>
        $"<hr><p style=\"color:#4a5665;font-size:small\">Werkstatt – Prozesswerkstätten für kommunale Netzwerke<br><a href=\"{Encode(app.Value.Link(PreferencesPath))}\">Benachrichtigungen einstellen</a></p>";

    private static string Wrap(string subject, string body) =>
        $"<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>{Encode(subject)}</title></head><body style=\"font-family:sans-serif\">{body}</body></html>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
