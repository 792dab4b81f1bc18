using System.ComponentModel.DataAnnotations;

namespace Werkstatt.Service.Hosting;

/// <summary>Where files live: the SQLite database, mail drops, generated documents.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Relative paths are taken from the current directory; default <c>./data</c>.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    public string FullDataDirectory => Path.GetFullPath(DataDirectory);
}
