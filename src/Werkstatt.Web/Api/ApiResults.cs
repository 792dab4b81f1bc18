using Werkstatt.Service.Common;

namespace Werkstatt.Web.Api;

/// <summary>The one place that turns expected failures into problem+json.</summary>
public static class ApiResults
{
    public static int StatusOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => StatusCodes.Status400BadRequest,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.Rule => StatusCodes.Status409Conflict,
        ErrorKind.Concurrency => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static IResult Problem(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var extensions = new Dictionary<string, object?> { ["code"] = error.Code };
        if (error.Kind == ErrorKind.Validation && error.Field is not null)
        {
            return Results.ValidationProblem(
                error.FieldMessages.GroupBy(f => Camel(f.Key)).ToDictionary(g => g.Key, g => g.Select(f => f.Value).ToArray()),
                detail: error.Message,
                title: "Die Eingaben sind nicht gültig.",
                extensions: extensions);
        }

        return Results.Problem(detail: error.Message, statusCode: StatusOf(error.Kind), title: TitleOf(error.Kind), extensions: extensions);
    }

    public static IResult From<T>(Result<T> result, Func<T, IResult> onSuccess)
    {
        ArgumentNullException.ThrowIfNull(onSuccess);
        return result.IsSuccess ? onSuccess(result.Value) : Problem(result.Error);
    }

    public static IResult Unauthenticated() =>
        Results.Problem(detail: "Bitte melden Sie sich an.", statusCode: StatusCodes.Status401Unauthorized, title: "Nicht angemeldet");

    private static string TitleOf(ErrorKind kind) => kind switch
    {
        ErrorKind.NotFound => "Nicht gefunden",
        ErrorKind.Forbidden => "Keine Berechtigung",
        ErrorKind.Rule => "Nicht möglich",
        ErrorKind.Concurrency => "Zwischenzeitlich geändert",
        _ => "Fehler",
    };

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
