using System.ComponentModel.DataAnnotations;

namespace Werkstatt.Service.Overview;

/// <summary>
/// Default assumptions of the hours-saved estimate on the network overview (section <c>Overview:Savings</c>); the page lets
/// the reader try others without storing them.
/// </summary>
public sealed class SavingsOptions
{
    public const string SectionName = "Overview:Savings";

    /// <summary>Working hours one administration needs to model one process (as-is model and profile) on its own.</summary>
    [Range(1, 1000)]
    public double HoursPerProcess { get; set; } = 40;

    /// <summary>Share (0–1) of the network's processes an administration takes over into its own register.</summary>
    [Range(0, 1)]
    public double ReuseShare { get; set; } = 0.6;
}
