using Werkstatt.Service.Notifications;

namespace Werkstatt.Web.Pages.Verwaltung;

/// <summary>German words for the states on the page "Hintergrundaufgaben".</summary>
public static class JobTexts
{
    public static string GermanName(this OutboxStatus status) => status switch
    {
        OutboxStatus.Pending => "ausstehend",
        OutboxStatus.Sending => "wird gesendet",
        OutboxStatus.Sent => "gesendet",
        OutboxStatus.Failed => "fehlgeschlagen",
        OutboxStatus.Held => "für Sammelmail zurückgehalten",
        OutboxStatus.Digested => "mit Sammelmail versandt",
        OutboxStatus.Cancelled => "verworfen",
        _ => status.ToString(),
    };

    public static string Outcome(string outcome) => outcome switch
    {
        "Succeeded" => "erledigt",
        "Skipped" => "nichts zu tun",
        "Failed" => "fehlgeschlagen",
        _ => outcome,
    };

    public static string TriggerState(string state) => state switch
    {
        "WAITING" => "geplant",
        "ACQUIRED" => "wird gestartet",
        "EXECUTING" => "läuft",
        "BLOCKED" => "wartet auf Vorgänger",
        "PAUSED" => "angehalten",
        "ERROR" => "Fehler",
        "COMPLETE" => "abgeschlossen",
        _ => state,
    };

    public static string Duration(long milliseconds) => milliseconds < 1000 ? $"{milliseconds} ms" : $"{milliseconds / 1000.0:0.0} s";
}
