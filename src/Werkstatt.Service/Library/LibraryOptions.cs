using System.ComponentModel.DataAnnotations;

namespace Werkstatt.Service.Library;

/// <summary>Settings of the library packaging (section <c>Library</c>).</summary>
public sealed class LibraryOptions
{
    public const string SectionName = "Library";

    /// <summary>How often published Werkstätten are checked for processes not yet in the library (also after a missed signal).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(10);
}
