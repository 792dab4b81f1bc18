using System.Text.Json;

namespace Werkstatt.Service.Microsoft365;

/// <summary>
/// One workshop day as a Graph event, in the terms we write: stored per day after every successful write, so the next
/// change PATCHes only the fields that differ. Times are Berlin wall-clock times (<see cref="TimeZone"/>).
/// </summary>
public sealed record GraphEventState(
    string Subject,
    string Body,
    string Start,
    string End,
    string Location,
    IReadOnlyList<GraphAttendee> Attendees,
    bool Online,
    bool Cancelled)
{
    /// <summary>Windows' id of Europe/Berlin, the one Outlook shows as "(UTC+01:00) Amsterdam, Berlin, …".</summary>
    public const string TimeZone = "W. Europe Standard Time";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static GraphEventState? Parse(string? stored) => string.IsNullOrEmpty(stored) ? null : JsonSerializer.Deserialize<GraphEventState>(stored, Json);

    public bool SameAttendees(GraphEventState other) => other is not null && Attendees.SequenceEqual(other.Attendees);
}
