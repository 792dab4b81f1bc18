using Werkstatt.Domain.Calendar;
using Werkstatt.Service.Common;

namespace Werkstatt.Web.Api;

/// <summary>Public holidays of a federal state, as used for the date flags.</summary>
public static class HolidayEndpoints
{
    public static void MapHolidays(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/holidays", (string state, int year) =>
        {
            if (!FederalStates.TryParse(state, out var parsed))
            {
                return ApiResults.Problem(Error.Validation("state", $"Unbekanntes Bundesland „{state}“ (z. B. NW oder Nordrhein-Westfalen)."));
            }

            if (year is < 1583 or > 9999)
            {
                return ApiResults.Problem(Error.Validation("year", "Bitte ein Jahr zwischen 1583 und 9999 angeben."));
            }

            return Results.Ok(PublicHolidays.For(parsed, year));
        }).RequireAuthorization().WithTags("Kalender");
    }
}
