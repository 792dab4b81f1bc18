using System.ComponentModel.DataAnnotations;

namespace Werkstatt.Service.Audit;

/// <summary>How long audit entries are kept (<c>Audit:RetainFor</c>, default two years).</summary>
public sealed class AuditOptions
{
    public const string SectionName = "Audit";

    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00", ErrorMessage = "Audit:RetainFor muss zwischen 1 und 3650 Tagen liegen.")]
    public TimeSpan RetainFor { get; set; } = TimeSpan.FromDays(730);
}
