using Microsoft.Playwright;

namespace Werkstatt.Browser.Tests.Support;

/// <summary>Full-page screenshots as test artifacts in TestResults/screenshots/ at the repository root.</summary>
public static class Screenshots
{
    public static string Directory { get; } = RepositoryRoot.Combine("TestResults", "screenshots");

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }
}
