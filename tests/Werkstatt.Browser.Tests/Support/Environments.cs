namespace Werkstatt.Browser.Tests.Support;

/// <summary>What the machine running the tests offers, and the CI policy for what it lacks.</summary>
public static class Environments
{
    /// <summary>Under CI=true a missing browser or axe-core fails the run instead of skipping it (like build.sh).</summary>
    public static bool IsCi => Environment.GetEnvironmentVariable("CI")?.Trim().ToUpperInvariant() is "TRUE" or "1" or "YES";

    /// <summary>Null when <paramref name="problem"/> is null; otherwise the skip reason, or an exception under CI.</summary>
    public static string? SkipOrFail(string? problem)
    {
        if (problem is null)
        {
            return null;
        }

        if (IsCi)
        {
            throw new InvalidOperationException($"CI=true: {problem}");
        }

        return problem;
    }
}
