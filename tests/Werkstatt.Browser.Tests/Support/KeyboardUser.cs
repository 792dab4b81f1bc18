using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.Playwright;

namespace Werkstatt.Browser.Tests.Support;

/// <summary>
/// Moves through a page with Tab, typing and the arrow keys like a keyboard user, checking at every stop that the
/// focus is visible: an outline of at least 2px with a contrast of at least 3:1 to what surrounds it (WCAG 2.4.7, 1.4.11).
/// </summary>
public static class KeyboardUser
{
    private const int MaxTabs = 60;
    private const double MinFocusContrast = 3.0;

    // The outline is drawn outside the element (outline-offset), so it is measured against the nearest ancestor
    // with a background colour.
    private const string FocusScript = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return null;
          const rgb = c => (c.match(/[\d.]+/g) || []).map(Number);
          const luminance = c => {
            const [r, g, b] = rgb(c).slice(0, 3).map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          let background = 'rgb(255, 255, 255)';
          for (let p = e.parentElement; p; p = p.parentElement) {
            const c = getComputedStyle(p).backgroundColor;
            const parts = rgb(c);
            if (parts.length === 3 || (parts.length === 4 && parts[3] > 0)) { background = c; break; }
          }
          const s = getComputedStyle(e);
          const [l1, l2] = [luminance(s.outlineColor), luminance(background)].sort((a, b) => b - a);
          const r = e.getBoundingClientRect();
          return {
            description: `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} „${(e.getAttribute('aria-label') || e.innerText || e.value || e.name || '').trim().slice(0, 40)}“`,
            outlineStyle: s.outlineStyle,
            outlineWidth: parseFloat(s.outlineWidth) || 0,
            contrast: (l1 + 0.05) / (l2 + 0.05),
            colours: `${s.outlineColor} on ${background}`,
            onScreen: r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth,
          };
        }
        """;

    private static string? _dateKeys;

    /// <summary>Presses Tab until <paramref name="target"/> has the focus; fails if it never gets it or a stop on the way shows no focus.</summary>
    public static Task TabToAsync(IPage page, ILocator target, string what)
    {
        ArgumentNullException.ThrowIfNull(target);
        return TabUntilAsync(page, () => target.EvaluateAsync<bool>("e => e === document.activeElement"), what);
    }

    /// <summary>Focuses the radio group <paramref name="name"/> with Tab and selects <paramref name="value"/> with the arrow keys.</summary>
    public static async Task ChooseAsync(IPage page, string name, string value)
    {
        ArgumentNullException.ThrowIfNull(page);
        await TabUntilAsync(page, () => page.EvaluateAsync<bool>("n => document.activeElement?.type === 'radio' && document.activeElement.name === n", name), $"the choice {name}");
        var wanted = page.Locator($"input[type=radio][name='{name}'][value='{value}']");
        var choices = await page.Locator($"input[type=radio][name='{name}']").CountAsync();
        for (var i = 0; i < choices && !await wanted.IsCheckedAsync(); i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
            await AssertFocusVisibleAsync(page);
        }

        Assert.True(await wanted.IsCheckedAsync(), $"the arrow keys did not select {name} = {value}");
    }

    /// <summary>Types <paramref name="date"/> into the focused date field, in the order of its segments.</summary>
    public static async Task TypeDateAsync(IPage page, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(page);
        _dateKeys ??= await DateSegmentOrderAsync(page.Context);
        await page.Keyboard.TypeAsync(date.ToString(_dateKeys, CultureInfo.InvariantCulture));
    }

    public static async Task AssertFocusVisibleAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var focus = await page.EvaluateAsync<Focus?>(FocusScript);
        Assert.NotNull(focus);
        Assert.True(focus.OnScreen, $"the focused {focus.Description} is not on the screen");
        Assert.True(
            focus.OutlineStyle != "none" && focus.OutlineWidth >= 2,
            $"the focused {focus.Description} shows no focus outline (outline: {focus.OutlineStyle} {focus.OutlineWidth}px)");
        Assert.True(
            focus.Contrast >= MinFocusContrast,
            $"the focus outline of {focus.Description} has a contrast of only {focus.Contrast:0.0}:1 ({focus.Colours}), at least {MinFocusContrast}:1 needed");
    }

    private static async Task TabUntilAsync(IPage page, Func<Task<bool>> arrived, string what)
    {
        ArgumentNullException.ThrowIfNull(page);
        for (var i = 0; i < MaxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            await AssertFocusVisibleAsync(page);
            if (await arrived())
            {
                return;
            }
        }

        Assert.Fail($"{MaxTabs} presses of Tab did not reach {what}");
    }

    // Chromium orders a date field's segments by its UI language: TT.MM.JJJJ with Debian's chromium-l10n and a
    // German locale, MM/DD/YYYY without the German resources. A keyboard user types what the field shows.
    private static async Task<string> DateSegmentOrderAsync(IBrowserContext context)
    {
        var probe = await context.NewPageAsync();
        try
        {
            await probe.SetContentAsync("<input type=date aria-label=probe>");
            await probe.Locator("input").FocusAsync();
            await probe.Keyboard.TypeAsync("01022003");
            return await probe.Locator("input").InputValueAsync() switch
            {
                "2003-02-01" => "ddMMyyyy",
                "2003-01-02" => "MMddyyyy",
                var other => throw new InvalidOperationException($"unknown date field order: 01022003 became {other}"),
            };
        }
        finally
        {
            await probe.CloseAsync();
        }
    }

    private sealed class Focus
    {
        [JsonPropertyName("description")]
        public string Description { get; set; } = string.Empty;

        [JsonPropertyName("outlineStyle")]
        public string OutlineStyle { get; set; } = string.Empty;

        [JsonPropertyName("outlineWidth")]
        public double OutlineWidth { get; set; }

        [JsonPropertyName("contrast")]
        public double Contrast { get; set; }

        [JsonPropertyName("colours")]
        public string Colours { get; set; } = string.Empty;

        [JsonPropertyName("onScreen")]
        public bool OnScreen { get; set; }
    }
}
