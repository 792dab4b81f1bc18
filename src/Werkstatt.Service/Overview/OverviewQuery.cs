namespace Werkstatt.Service.Overview;

/// <summary>What the reader asks for: a year (default: the current Berlin year) and assumptions other than the configured ones (the share in percent).</summary>
public sealed record OverviewQuery(int? Year = null, double? HoursPerProcess = null, double? ReuseShare = null);
