using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Hosting;
using Werkstatt.Service.Notifications;

namespace Werkstatt.Service.WorkshopNotes;

/// <summary>The German summary mail for one member: decisions, its own action items in full, the others' in brief.</summary>
public sealed class WorkshopSummaryMail(IOptions<AppOptions> app)
{
    private const int BriefLength = 80;

    public NotificationMail Compose(WorkshopSummary summary, MemberId member, string recipientName)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var w = summary.Werkstatt;
        var memberName = summary.Members.GetValueOrDefault(member, "Ihre Verwaltung");
        var subject = $"Zusammenfassung der Prozesswerkstatt „{w.Title}“";
        var link = app.Value.Link($"/Werkstaetten/{w.Id}");
        var own = summary.ActionItems.Where(a => a.Owner == member).ToList();
        var others = summary.ActionItems.Where(a => a.Owner != member).ToList();
        var sections = new List<(string Heading, IReadOnlyList<string> Lines, string Empty)>
        {
            ("Entscheidungen", summary.Decisions.Select(d => $"{d.Process}: {Flat(d.Text)}").ToList(), "Es wurden keine Entscheidungen festgehalten."),
            ($"Maßnahmen von {memberName}", own.Select(a => $"{a.Process}: {Flat(a.Text)} – fällig am {Due(a)}").ToList(), "Ihre Verwaltung hat keine Maßnahmen übernommen."),
            ("Maßnahmen der anderen Verwaltungen", others.Select(a => $"{a.Process}: {Brief(a.Text)} ({summary.Members.GetValueOrDefault(a.Owner!.Value, "–")}, bis {Due(a)})").ToList(), "Keine."),
        };

        var intro = $"die Prozesswerkstatt „{w.Title}“ vom {BerlinTime.FormatDate(w.Schedule.Day1Start)} ist in der Nachbereitung. Hier das Wichtigste für {memberName}:";
        var text = new StringBuilder().Append("Guten Tag ").Append(recipientName).Append(",\n\n").Append(intro).Append('\n');
        var html = new StringBuilder().Append("<p>Guten Tag ").Append(Encode(recipientName)).Append(",</p><p>").Append(Encode(intro)).Append("</p>");
        foreach (var (heading, lines, empty) in sections)
        {
            text.Append('\n').Append(heading).Append('\n');
            html.Append("<h2 style=\"font-size:1.1em\">").Append(Encode(heading)).Append("</h2>");
            if (lines.Count == 0)
            {
                text.Append(empty).Append('\n');
                html.Append("<p>").Append(Encode(empty)).Append("</p>");
                continue;
            }

            html.Append("<ul>");
            foreach (var line in lines)
            {
                text.Append("- ").Append(line).Append('\n');
                html.Append("<li>").Append(Encode(line)).Append("</li>");
            }

            html.Append("</ul>");
        }

        var preferences = app.Value.Link(MailComposer.PreferencesPath);
        text.Append("\nZur Werkstatt: ").Append(link).Append("\n\n-- \nWerkstatt – Prozesswerkstätten für kommunale Netzwerke\nBenachrichtigungen einstellen: ").Append(preferences).Append('\n');
        html.Append("<p><a href=\"").Append(Encode(link)).Append("\">Zur Werkstatt: ").Append(Encode(w.Title)).Append("</a></p>")
            .Append("<hr><p style=\"color:#4a5665;font-size:small\">Werkstatt – Prozesswerkstätten für kommunale Netzwerke<br><a href=\"")
            .Append(Encode(preferences)).Append("\">Benachrichtigungen einstellen</a></p>");
        var document = $"<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>{Encode(subject)}</title></head><body style=\"font-family:sans-serif\">{html}</body></html>";
        return new NotificationMail(subject, text.ToString(), document, link);
    }

    private static string Due(SummaryLine line) => line.Due is { } due ? BerlinTime.FormatDate(due) : "–";

    private static string Flat(string text) => text.Replace('\n', ' ');

    private static string Brief(string text)
    {
        var flat = Flat(text);
        return flat.Length <= BriefLength ? flat : flat[..(BriefLength - 1)] + "…";
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
