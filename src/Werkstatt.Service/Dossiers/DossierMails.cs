using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using Werkstatt.Service.Hosting;
using Werkstatt.Service.Notifications;

namespace Werkstatt.Service.Dossiers;

/// <summary>The German mail that a dossier version is ready, with the link to the download page and what changed.</summary>
public sealed class DossierMails(IOptions<AppOptions> app)
{
    public static string PagePath(Guid werkstattId) => $"/Werkstaetten/{werkstattId}/Vorabunterlagen";

    public NotificationMail Ready(string recipientName, string werkstattTitle, Guid werkstattId, int number, IReadOnlyList<string> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var link = app.Value.Link(PagePath(werkstattId));
        var subject = number == 1 ? $"Vorabunterlagen: {werkstattTitle}" : $"Vorabunterlagen aktualisiert (Version {number}): {werkstattTitle}";
        var text = new StringBuilder().Append("Guten Tag ").Append(recipientName).Append(",\n\n");
        var html = new StringBuilder().Append("<p>Guten Tag ").Append(Encode(recipientName)).Append(",</p>");
        if (number == 1)
        {
            text.Append("die Vorabunterlagen zur Prozesswerkstatt „").Append(werkstattTitle).Append("“ stehen bereit. Bitte lesen Sie sie vor der Werkstatt.\n");
            html.Append("<p>die Vorabunterlagen zur Prozesswerkstatt „").Append(Encode(werkstattTitle)).Append("“ stehen bereit. Bitte lesen Sie sie vor der Werkstatt.</p>");
        }
        else
        {
            text.Append("die Vorabunterlagen zur Prozesswerkstatt „").Append(werkstattTitle).Append("“ wurden aktualisiert (Version ").Append(number).Append("). Was sich geändert hat:\n\n");
            html.Append("<p>die Vorabunterlagen zur Prozesswerkstatt „").Append(Encode(werkstattTitle)).Append("“ wurden aktualisiert (Version ").Append(number).Append("). Was sich geändert hat:</p><ul>");
            foreach (var change in changes)
            {
                text.Append("- ").Append(change).Append('\n');
                html.Append("<li>").Append(Encode(change)).Append("</li>");
            }

            html.Append("</ul>");
        }

        text.Append("\nHerunterladen: ").Append(link).Append("\n\n-- \nWerkstatt\n");
        html.Append("<p><a href=\"").Append(Encode(link)).Append("\">Vorabunterlagen herunterladen</a></p>");
        return new NotificationMail(subject, text.ToString(), $"<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>{Encode(subject)}</title></head><body>{html}</body></html>", link);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
