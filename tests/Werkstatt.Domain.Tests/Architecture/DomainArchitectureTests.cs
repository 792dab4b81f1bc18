using System.Reflection;
using System.Text.RegularExpressions;
using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Tests.Architecture;

/// <summary>conventions.md 4: the domain references no package and does no I/O.</summary>
public class DomainArchitectureTests
{
    private static readonly Assembly Domain = typeof(AggregateRoot).Assembly;

    // Framework assemblies the domain may use; anything else (System.IO.FileSystem, System.Net.*,
    // System.Data.*, Microsoft.*, any package) fails the test.
    private static readonly HashSet<string> AllowedExactly = new(StringComparer.Ordinal)
    {
        "System.Private.CoreLib",
        "System.Runtime",
        "netstandard",
        "System.Collections",
        "System.Collections.Concurrent",
        "System.Collections.Immutable",
        "System.Linq",
        "System.Memory",
        "System.Text.RegularExpressions",
        "System.Globalization",
        "System.ObjectModel",
    };

    private static readonly string[] Forbidden = ["DateTime.Now", "DateTime.UtcNow", "DateTimeOffset.Now", "DateTimeOffset.UtcNow", "File.", "HttpClient", "Console."];

    [Fact]
    public void Domain_references_no_package_and_does_no_io()
    {
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.Contains("System.Runtime", references); // the check below would pass vacuously otherwise

        var disallowed = references.Where(name => !IsAllowed(name)).ToList();
        Assert.True(disallowed.Count == 0, $"Werkstatt.Domain references assemblies outside the allow-list: {string.Join(", ", disallowed)}");

        var domainFolder = Path.Combine(SolutionDirectory(), "src", "Werkstatt.Domain");
        var sources = Directory.EnumerateFiles(domainFolder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(domainFolder, path))
            .ToList();
        Assert.True(sources.Count > 10, $"Expected the domain's sources under {domainFolder}.");
        var findings = FindForbidden(sources.Select(path => (Path.GetRelativePath(domainFolder, path), File.ReadAllText(path))));
        Assert.True(findings.Count == 0, "The domain must take time as a parameter and do no I/O:\n" + string.Join("\n", findings));

        var project = File.ReadAllText(Path.Combine(domainFolder, "Werkstatt.Domain.csproj"));
        Assert.DoesNotContain("<PackageReference", project, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("System.IO.FileSystem")]
    [InlineData("System.Net.Http")]
    [InlineData("System.Net.Mail")]
    [InlineData("System.Data.Common")]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("Microsoft.Extensions.Logging.Abstractions")]
    [InlineData("System.Console")]
    [InlineData("NodaTime")]
    public void The_allow_list_excludes_io_data_and_packages(string assembly)
    {
        Assert.False(IsAllowed(assembly));
    }

    [Theory]
    [InlineData("System.Runtime.Intrinsics")]
    [InlineData("System.Runtime.InteropServices")]
    [InlineData("System.Collections")]
    public void The_allow_list_admits_framework_basics(string assembly)
    {
        Assert.True(IsAllowed(assembly));
    }

    [Fact]
    public void The_source_scan_finds_each_forbidden_call()
    {
        var samples = new[]
        {
            ("a.cs", "var now = DateTime.Now;"),
            ("b.cs", "var now = DateTimeOffset.UtcNow;"),
            ("c.cs", "File.ReadAllText(path);"),
            ("d.cs", "using var client = new HttpClient();"),
            ("e.cs", "Console.WriteLine(x);"),
            ("f.cs", "var x = DateTime.UtcNow.Date;"),
            ("g.cs", "var y = DateTimeOffset.Now;"),
            ("h.cs", "System.IO.File.WriteAllText(path, text);"),
        };

        Assert.Equal(samples.Length, FindForbidden(samples).Count);
        Assert.Empty(FindForbidden([("ok.cs", "DateTimeOffset NowInBerlin(DateTimeOffset now) => BerlinTime.ToBerlin(now); // ProfileFile.Name, DateTime.Nowhere")]));
    }

    private static bool IsAllowed(string name) =>
        AllowedExactly.Contains(name) || name.StartsWith("System.Runtime.", StringComparison.Ordinal);

    private static List<string> FindForbidden(IEnumerable<(string File, string Text)> sources)
    {
        var findings = new List<string>();
        foreach (var (file, text) in sources)
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (var token in Forbidden)
                {
                    if (TokenPattern(token).IsMatch(lines[i]))
                    {
                        findings.Add($"{file}:{i + 1}: {token}");
                    }
                }
            }
        }

        return findings;
    }

    // Whole names only: "File." must not match "ProfileFile.Name", "DateTime.Now" not "DateTime.Nowhere";
    // a qualified "System.IO.File." still matches.
    private static Regex TokenPattern(string token) =>
        new(@"(?<!\w)" + Regex.Escape(token) + (token.EndsWith('.') ? string.Empty : @"(?!\w)"), RegexOptions.CultureInvariant);

    private static bool IsBuildOutput(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        return relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal);
    }

    private static string SolutionDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Werkstatt.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Werkstatt.sln above {AppContext.BaseDirectory}.");
    }
}
