using System.Net;
using System.Text.RegularExpressions;

namespace Werkstatt.Web.Tests.Support;

/// <summary>Drives the Razor Pages like a browser without JavaScript: GET a form, POST it with its antiforgery token.</summary>
public static partial class PageClient
{
    public static async Task<HttpClient> LoginThroughFormAsync(this WerkstattWebFactory factory, string email, string password = WerkstattWebFactory.DemoPassword)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.NewClient();
        var response = await client.PostFormAsync("/Anmelden", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<string> GetHtmlAsync(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Fetches <paramref name="pageUrl"/> for its antiforgery token, then posts the fields to <paramref name="postUrl"/> (default: the same page).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, Dictionary<string, string> fields, string? postUrl = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var html = await client.GetHtmlAsync(pageUrl);
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, $"No antiforgery token on {pageUrl}");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await client.PostAsync(new Uri(postUrl ?? pageUrl, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    public static string Text(string html) => WebUtility.HtmlDecode(TagPattern().Replace(html, " "));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
