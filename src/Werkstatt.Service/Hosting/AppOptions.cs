using System.ComponentModel.DataAnnotations;

namespace Werkstatt.Service.Hosting;

/// <summary>How the app is reached from outside (section <c>App</c>), for links in mails.</summary>
public sealed class AppOptions
{
    public const string SectionName = "App";

    [Required]
    [Url]
    public string BaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>The host part of Message-IDs: the base URL's host.</summary>
    public string MessageIdDomain => Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) ? uri.Host : "werkstatt.localhost";

    public string Link(string path) => BaseUrl.TrimEnd('/') + "/" + path.TrimStart('/');
}
