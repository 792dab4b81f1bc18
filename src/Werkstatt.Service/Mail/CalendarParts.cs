using System.Net.Mail;
using System.Net.Mime;
using System.Text;

namespace Werkstatt.Service.Mail;

/// <summary>
/// iMIP (RFC 6047) for System.Net.Mail: the VCALENDAR as the last part of the multipart/alternative
/// (<c>text/calendar; method=…; charset=UTF-8</c>, which Outlook and Thunderbird turn into Accept/Decline) and the
/// same bytes as an <c>.ics</c> attachment for clients that only look there. Base64 keeps the CRLF line ends and
/// the folding exactly as written.
/// </summary>
public static class CalendarParts
{
    public static void Add(MailMessage mailMessage, string method, string calendar)
    {
        ArgumentNullException.ThrowIfNull(mailMessage);
        var bytes = Encoding.UTF8.GetBytes(calendar);
        var inline = new ContentType("text/calendar") { CharSet = "UTF-8" };
        inline.Parameters["method"] = method;
        var view = new AlternateView(new MemoryStream(bytes), inline) { TransferEncoding = TransferEncoding.Base64 };
        mailMessage.AlternateViews.Add(view);

        var file = new ContentType("application/ics") { Name = method == "CANCEL" ? "absage.ics" : "einladung.ics" };
        var attachment = new Attachment(new MemoryStream(bytes), file) { TransferEncoding = TransferEncoding.Base64 };
        attachment.ContentDisposition!.FileName = file.Name;
        mailMessage.Attachments.Add(attachment);
    }
}
