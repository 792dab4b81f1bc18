using System.ComponentModel.DataAnnotations;

namespace Werkstatt.Service.Persistence;

/// <summary>Which store to use. SQLite under the data directory by default; PostgreSQL for production.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>"sqlite" (default) or "postgres".</summary>
    [Required]
    [RegularExpression("^(?i)(sqlite|postgres|postgresql)$", ErrorMessage = "Database:Provider muss 'sqlite' oder 'postgres' sein.")]
    public string Provider { get; set; } = "sqlite";

    /// <summary>Apply pending migrations when a host starts (default true).</summary>
    public bool MigrateOnStart { get; set; } = true;

    public bool IsPostgres => Provider.StartsWith("postgres", StringComparison.OrdinalIgnoreCase);
}
