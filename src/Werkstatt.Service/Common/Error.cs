namespace Werkstatt.Service.Common;

/// <summary>An expected failure with a German message; <see cref="Field"/> names the input to correct.</summary>
public sealed record Error(ErrorKind Kind, string Code, string Message, string? Field = null)
{
    /// <summary>Every field with its own message, when one input has several problems (e.g. a schedule).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> FieldMessages { get; init; } =
        Field is null ? [] : [new KeyValuePair<string, string>(Field, Message)];

    public static Error NotFound(string what) => new(ErrorKind.NotFound, "NotFound", $"{what} wurde nicht gefunden.");

    public static Error Forbidden(string? message = null) =>
        new(ErrorKind.Forbidden, "Forbidden", message ?? "Dafür fehlt Ihnen die Berechtigung.");

    public static Error Validation(string field, string message) => new(ErrorKind.Validation, "Validation", message, field);

    public static Error Concurrency(string what) => new(
        ErrorKind.Concurrency,
        "ConcurrencyConflict",
        $"{what} wurde inzwischen von jemand anderem geändert. Bitte laden Sie die Seite neu und prüfen Sie die aktuellen Angaben; Ihre Eingaben wurden nicht gespeichert.");
}
