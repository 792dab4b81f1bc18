namespace Werkstatt.Domain.Calendar;

/// <summary>A statutory public holiday on a given date, with its German name.</summary>
public sealed record PublicHoliday(DateOnly Date, string Name);
