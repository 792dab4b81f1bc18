using System.Globalization;

namespace Werkstatt.Domain.Tests.Support;

/// <summary>Short UTC instants for expectations written out by hand (not computed by the code under test).</summary>
public static class Utc
{
    public static DateTimeOffset At(string iso) =>
        DateTimeOffset.ParseExact(iso, ["yyyy-MM-ddTHH:mm'Z'", "yyyy-MM-ddTHH:mm:ss'Z'"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
