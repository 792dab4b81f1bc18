using System.Diagnostics;
using System.Text.Json;

namespace Werkstatt.Service.Tests.Dossiers;

/// <summary>Independent PDF tools from Debian (qpdf, poppler-utils) run on a generated PDF.</summary>
internal sealed class PdfTools : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("werkstatt-pdf-").FullName;

    public PdfTools(byte[] pdf)
    {
        Path = System.IO.Path.Combine(_dir, "doc.pdf");
        File.WriteAllBytes(Path, pdf);
    }

    public string Path { get; }

    /// <summary>
    /// True when the tools are installed. Outside CI a machine without them skips the PDF checks; under CI=true (where
    /// build.sh installs them) their absence fails loudly instead of letting the checks pass unchecked.
    /// </summary>
    public static bool Available { get; } = Exists("qpdf") && Exists("pdftotext") && Exists("pdftoppm") && Exists("pdfinfo")
        || (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? throw new InvalidOperationException("qpdf and poppler-utils are missing under CI=true; build.sh installs them")
            : false);

    /// <summary>qpdf --check; throws with its output when the file is damaged.</summary>
    public void Check()
    {
        var (code, output) = Run("qpdf", "--check", Path);
        Assert.True(code == 0, $"qpdf --check failed ({code}):\n{output}");
        Assert.Contains("No syntax or stream encoding errors found", output, StringComparison.Ordinal);
    }

    public string Text(int? page = null)
    {
        var args = page is { } p ? new[] { "-enc", "UTF-8", "-f", $"{p}", "-l", $"{p}", Path, "-" } : ["-enc", "UTF-8", Path, "-"];
        var (code, output) = Run("pdftotext", args);
        Assert.Equal(0, code);
        return output;
    }

    public IReadOnlyDictionary<string, string> Info()
    {
        var (code, output) = Run("pdfinfo", Path);
        Assert.Equal(0, code);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim())
            .ToDictionary(g => g.Key, g => g.First()[1].Trim());
    }

    public double PageWidth(int page) => PageSize(page).Width;

    public double PageHeight(int page) => PageSize(page).Height;

    public int Pages => int.Parse(Info()["Pages"], System.Globalization.CultureInfo.InvariantCulture);

    private (double Width, double Height) PageSize(int page)
    {
        var (code, output) = Run("pdfinfo", "-f", $"{page}", "-l", $"{page}", Path);
        Assert.Equal(0, code);
        var match = System.Text.RegularExpressions.Regex.Match(output, @"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)");
        Assert.True(match.Success, output);
        return (double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), double.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Renders every page to PNG at <paramref name="dpi"/>; returns the files in page order.</summary>
    public IReadOnlyList<string> Render(int dpi = 20, int? first = null, int? last = null)
    {
        var prefix = System.IO.Path.Combine(_dir, $"page{dpi}");
        var args = new List<string> { "-png", "-r", $"{dpi}" };
        if (first is { } f)
        {
            args.AddRange(["-f", $"{f}", "-l", $"{last ?? f}"]);
        }

        args.AddRange([Path, prefix]);
        var (code, output) = Run("pdftoppm", [.. args]);
        Assert.True(code == 0, output);
        return Directory.GetFiles(_dir, $"page{dpi}-*.png").Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Renders a page as greyscale PGM and returns (width, height, pixels 0..255).</summary>
    public (int Width, int Height, byte[] Pixels) Gray(int page, int dpi)
    {
        var prefix = System.IO.Path.Combine(_dir, $"gray{page}");
        var (code, output) = Run("pdftoppm", "-gray", "-r", $"{dpi}", "-f", $"{page}", "-l", $"{page}", "-singlefile", Path, prefix);
        Assert.True(code == 0, output);
        var bytes = File.ReadAllBytes(prefix + ".pgm");
        var header = System.Text.Encoding.ASCII.GetString(bytes, 0, 40).Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries);
        int width = int.Parse(header[1], System.Globalization.CultureInfo.InvariantCulture), height = int.Parse(header[2], System.Globalization.CultureInfo.InvariantCulture);
        return (width, height, bytes[^(width * height)..]);
    }

    /// <summary>The outline as (title, 1-based page, depth), read with qpdf --json.</summary>
    public IReadOnlyList<(string Title, int Page, int Depth)> Outline()
    {
        var (code, output) = Run("qpdf", "--json", "--json-key=outlines", Path);
        Assert.True(code == 0, output);
        using var json = JsonDocument.Parse(output);
        var result = new List<(string, int, int)>();
        void Walk(JsonElement items, int depth)
        {
            foreach (var item in items.EnumerateArray())
            {
                result.Add((item.GetProperty("title").GetString()!, item.GetProperty("destpageposfrom1").GetInt32(), depth));
                Walk(item.GetProperty("kids"), depth + 1);
            }
        }

        Walk(json.RootElement.GetProperty("outlines"), 0);
        return result;
    }

    /// <summary>The document catalog's /Lang, read with qpdf.</summary>
    public string? Language()
    {
        var (code, output) = Run("qpdf", "--json", "--json-key=qpdf", Path);
        Assert.True(code == 0, output);
        var match = System.Text.RegularExpressions.Regex.Match(output, "\"/Lang\": \"u:([^\"]*)\"");
        return match.Success ? match.Groups[1].Value : null;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static bool Exists(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(d => File.Exists(System.IO.Path.Combine(d, tool)));

    private static (int Code, string Output) Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }
}
