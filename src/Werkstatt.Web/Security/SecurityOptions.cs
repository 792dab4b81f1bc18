using System.ComponentModel.DataAnnotations;

namespace Werkstatt.Web.Security;

/// <summary>Login protection settings.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>Login attempts (POSTs) allowed per client address and minute before answering 429.</summary>
    [Range(1, 100_000)]
    public int LoginAttemptsPerMinute { get; set; } = 10;
}
