namespace Werkstatt.Domain.Calendar;

/// <summary>The sixteen German federal states (Länder).</summary>
/// <remarks>
/// Values are explicit so that stored numbers stay stable if members are ever reordered, and start
/// at 1 so that an unset <c>default(FederalState)</c> is rejected instead of silently meaning
/// Baden-Württemberg.
/// </remarks>
public enum FederalState
{
    BadenWuerttemberg = 1,
    Bayern = 2,
    Berlin = 3,
    Brandenburg = 4,
    Bremen = 5,
    Hamburg = 6,
    Hessen = 7,
    MecklenburgVorpommern = 8,
    Niedersachsen = 9,
    NordrheinWestfalen = 10,
    RheinlandPfalz = 11,
    Saarland = 12,
    Sachsen = 13,
    SachsenAnhalt = 14,
    SchleswigHolstein = 15,
    Thueringen = 16,
}
