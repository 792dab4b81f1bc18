using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Werkstatt.Browser.Tests.Support;

/// <summary>Steps every browser test needs: logging in through the form, finding a page by its link, reading the heading, posting a crafted form.</summary>
public static class Pages
{
    public static async Task LogInAsync(IPage page, string email)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/Anmelden");
        await page.GetByLabel("E-Mail-Adresse").FillAsync(email);
        await page.GetByLabel("Passwort").FillAsync(WerkstattServer.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
        await Assertions.Expect(Heading(page)).ToHaveTextAsync("Meine Aufgaben");
    }

    /// <summary>The page's one h1.</summary>
    public static ILocator Heading(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Locator("h1");
    }

    /// <summary>The path of the link named <paramref name="linkName"/> on <paramref name="listUrl"/>.</summary>
    public static async Task<string> LinkOnAsync(IPage page, string listUrl, string linkName)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(listUrl);
        var href = await page.GetByRole(AriaRole.Link, new() { Name = linkName, Exact = true }).First.GetAttributeAsync("href");
        Assert.False(string.IsNullOrEmpty(href), $"no link „{linkName}“ on {listUrl}");
        return href!;
    }

    /// <summary>The phase the timeline marks as current.</summary>
    public static ILocator CurrentPhase(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Locator(".timeline [aria-current=step]");
    }

    /// <summary>A Tuesday <paramref name="weeksAhead"/> weeks from now (the app runs on the real clock): far enough ahead for every deadline.</summary>
    public static DateOnly FutureTuesday(int weeksAhead)
    {
        var day = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(7 * weeksAhead);
        while (day.DayOfWeek != DayOfWeek.Tuesday)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>
    /// What someone would type into the developer tools: a form with the page's own antiforgery token (from the logout
    /// form), posted to <paramref name="action"/>, which did not offer it. Returns the status of the answer.
    /// </summary>
    public static async Task<int> PostCraftedFormAsync(IPage page, string action, IDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(page);
        var response = await page.RunAndWaitForResponseAsync(
            () => page.EvaluateAsync(
                """
                ([action, fields]) => {
                  const form = document.createElement('form');
                  form.method = 'post';
                  form.action = action;
                  const token = document.querySelector('input[name=__RequestVerificationToken]').value;
                  for (const [name, value] of Object.entries({ ...fields, __RequestVerificationToken: token })) {
                    const input = document.createElement('input');
                    input.type = 'hidden';
                    input.name = name;
                    input.value = value;
                    form.append(input);
                  }
                  document.body.append(form);
                  form.submit();
                }
                """,
                new object[] { action, fields }),
            r => Pages.DeniedUrl.IsMatch(r.Url));
        await Assertions.Expect(page).ToHaveURLAsync(Pages.DeniedUrl);
        return response.Status;
    }

    public static Regex WerkstattUrl { get; } = new("/Werkstaetten/[0-9a-f-]{36}$", RegexOptions.None, TimeSpan.FromSeconds(1));

    public static Regex DeniedUrl { get; } = new("/ZugriffVerweigert", RegexOptions.None, TimeSpan.FromSeconds(1));

    public static Regex LoginUrl { get; } = new("/Anmelden", RegexOptions.None, TimeSpan.FromSeconds(1));
}
