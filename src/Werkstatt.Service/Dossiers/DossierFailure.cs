using Werkstatt.Domain.Common;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Dossiers;

/// <summary>The German sentence a coordinator reads on the dossier page after a failed build (kept on the request).</summary>
public static class DossierFailure
{
    public static string Describe(Exception exception, DateTimeOffset retryAt)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var next = $"Nächster Versuch automatisch ab {BerlinTime.FormatDateTime(retryAt)}.";
        return exception switch
        {
            IOException or UnauthorizedAccessException =>
                $"Die Vorabunterlagen konnten nicht gespeichert werden: Das Dateiverzeichnis ist voll oder nicht beschreibbar (Meldung des Systems: {exception.Message}). {next} Bitte geben Sie dem Betrieb Bescheid.",
            _ when DatabaseUnavailable.Is(exception) =>
                $"Die Vorabunterlagen konnten nicht erstellt werden, weil die Datenbank nicht erreichbar war. {next}",
            _ => $"Die Vorabunterlagen konnten wegen eines unerwarteten Fehlers nicht erstellt werden (protokolliert). {next}",
        };
    }
}
