using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Cycle;

/// <summary>Where the workshop happens: an online meeting link or a postal address.</summary>
public sealed record Venue
{
    public const int UrlMaxLength = 2000;
    public const int AddressMaxLength = 500;

    private Venue(WorkshopFormat format, string? meetingUrl, string? address)
    {
        Format = format;
        MeetingUrl = meetingUrl;
        Address = address;
    }

    public WorkshopFormat Format { get; }

    public string? MeetingUrl { get; }

    public string? Address { get; }

    public static Venue Online(string? meetingUrl)
    {
        var url = Text.Optional(meetingUrl, UrlMaxLength, nameof(MeetingUrl), "Der Link zur Online-Werkstatt");
        if (url is null)
        {
            throw new DomainRuleViolation("OnlineWorkshopNeedsMeetingLink", "Eine Online-Werkstatt braucht einen Link zum Meeting (z. B. Teams).", nameof(MeetingUrl));
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new DomainRuleViolation("MeetingLinkMustBeWebAddress", "Der Link zur Online-Werkstatt muss eine Webadresse sein, die mit https:// beginnt.", nameof(MeetingUrl));
        }

        // AbsoluteUri keeps the escaping; ToString() would unescape e.g. the JSON context of a Teams link and break it.
        return new Venue(WorkshopFormat.Online, uri.AbsoluteUri, null);
    }

    public static Venue InPerson(string? address)
    {
        var text = address?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(text))
        {
            throw new DomainRuleViolation("InPersonWorkshopNeedsAddress", "Eine Präsenz-Werkstatt braucht eine Adresse.", nameof(Address));
        }

        if (text.Length > AddressMaxLength)
        {
            throw new DomainRuleViolation("FieldIsTooLong", $"Die Adresse darf höchstens {AddressMaxLength} Zeichen lang sein.", nameof(Address));
        }

        return new Venue(WorkshopFormat.InPerson, null, text);
    }

    public static Venue Create(WorkshopFormat format, string? meetingUrl, string? address) => format switch
    {
        WorkshopFormat.Online => Online(meetingUrl),
        WorkshopFormat.InPerson => InPerson(address),
        _ => throw new DomainRuleViolation("WorkshopFormatMustBeKnown", "Bitte „Online“ oder „Präsenz“ wählen.", nameof(Format)),
    };

    /// <summary>For display: the link or the address.</summary>
    public string Describe() => Format == WorkshopFormat.Online ? $"Online: {MeetingUrl}" : $"Vor Ort: {Address}";
}
