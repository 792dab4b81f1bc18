using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Werkstatt.Service.Bpmn.Drawing;
using Werkstatt.Service.Dossiers.Content;
using Werkstatt.Service.Dossiers.Writer;

namespace Werkstatt.Service.Dossiers.Storage;

/// <summary>
/// The state of a dossier that matters to readers, small enough to store with each version: a change here (dates, place,
/// processes, modelling members, submissions, participants) builds a new version, and <see cref="Changes"/> says what.
/// </summary>
public sealed record DossierSummary(
    string Title, IReadOnlyList<string> Days, string Venue, IReadOnlyList<ProcessSummary> Processes, int Participants)
{
    /// <summary>
    /// The timetable's lines, null while there is none: left out of the JSON then, so the fingerprints of dossiers
    /// built before the agenda existed stay the same.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Agenda { get; init; }

    /// <summary>The Werkstatt's to-be models (<see cref="ToBeSummary"/>), null while there are none: left out of the JSON then.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? ToBe { get; init; }

    /// <summary>The workshop's notes and action items per process (<see cref="ResultsSummary"/>), null while there are none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Results { get; init; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static DossierSummary Of(DossierContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new DossierSummary(
            content.WerkstattTitle,
            content.Days.Select(CoverSection.DayLine).ToList(),
            content.Venue.Describe(),
            content.Processes.Select(p => new ProcessSummary(p.Name, p.Members.Select(m => new MemberSummary(m.MemberName, Hash(m.Profile), Hash(m.Drawing), m.Findings.Count)).ToList(), p.Remarks.Count, p.Comparison.Count)).ToList(),
            content.Participants.Sum(g => g.People.Count))
        {
            Agenda = content.HasTimetable ? content.Agenda.Select(a => $"{a.Start:O} {a.End:O} {a.Title} {a.Note}").ToList() : null,
            ToBe = ToBeSummary.Of(content),
            Results = ResultsSummary.Of(content),
        };
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static DossierSummary? FromJson(string? json) => string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<DossierSummary>(json, Json);

    public string Fingerprint() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ToJson())))[..32];

    /// <summary>German lines describing what differs from <paramref name="before"/>.</summary>
    public IReadOnlyList<string> Changes(DossierSummary before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var lines = new List<string>();
        if (Title != before.Title)
        {
            lines.Add($"Titel geändert: „{Title}“");
        }

        if (!Days.SequenceEqual(before.Days))
        {
            lines.Add($"Termine geändert: {string.Join("; ", Days)}");
        }

        if (Venue != before.Venue)
        {
            lines.Add($"Ort geändert: {Venue}");
        }

        if (!(Agenda ?? []).SequenceEqual(before.Agenda ?? []))
        {
            lines.Add("Ablauf der Werkstatttage geändert");
        }

        var old = before.Processes.ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var process in Processes)
        {
            if (!old.Remove(process.Name, out var was))
            {
                lines.Add($"Neuer Prozess: {process.Name}");
                continue;
            }

            lines.AddRange(process.Changes(was));
        }

        lines.AddRange(old.Keys.Select(name => $"Prozess entfällt: {name}"));
        lines.AddRange(ToBeSummary.Changes(ToBe, before.ToBe));
        lines.AddRange(ResultsSummary.Changes(Results, before.Results));
        if (Participants != before.Participants)
        {
            lines.Add($"Teilnehmende aktualisiert ({Participants} angemeldet)");
        }

        return lines;
    }

    private static string? Hash<T>(T? value)
        where T : class => value switch
        {
            null => null,
            Drawing d => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(d.Items.Cast<object>(), Json))))[..16],
            _ => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value, Json))))[..16],
        };
}
