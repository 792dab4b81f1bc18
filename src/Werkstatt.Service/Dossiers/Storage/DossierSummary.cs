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

    /// <summary>
    /// The network's name as the cover shows it. With <see cref="Topics"/>, <see cref="People"/> and
    /// <see cref="Review"/> these are the shown values a summary stored before them lacks (null): such a dossier is
    /// adopted as it is (<see cref="Matches"/>), not rebuilt, and later changes to them make a new version.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Network { get; init; }

    /// <summary>Per process its topic and LeiKa key, as shown in its chapter.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Topics { get; init; }

    /// <summary>A hash of who takes part, with which function: names are personal data and stay out of the summary.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? People { get; init; }

    /// <summary>Per process a hash of the review's remarks (their authors are people, their texts may name them).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Review { get; init; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static DossierSummary Of(DossierContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var named = content.Processes.DistinctBy(p => p.Name).ToList();
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
            Network = content.NetworkName,
            Topics = named.ToDictionary(p => p.Name, p => p.LeikaKey is null ? p.Topic : $"{p.Topic} (LeiKa {p.LeikaKey})"),
            People = Hash(content.Participants),
            Review = named.ToDictionary(p => p.Name, p => Hash(p.Remarks)!),
        };
    }

    /// <summary>
    /// True when this summary describes the dossier stored with <paramref name="fingerprint"/>: the same, or – for a
    /// summary stored before the shown values were part of it – the same apart from them.
    /// </summary>
    public bool Matches(string fingerprint, string? storedSummary) =>
        Fingerprint() == fingerprint
        || (FromJson(storedSummary) is { Network: null } && (this with { Network = null, Topics = null, People = null, Review = null }).Fingerprint() == fingerprint);

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
        if (Participants != before.Participants || (before.People is not null && People != before.People))
        {
            lines.Add($"Teilnehmende aktualisiert ({Participants} angemeldet)");
        }

        lines.AddRange(ShownChanges(before));

        return lines;
    }

    // Only against a summary that has the shown values; one stored before them was adopted, not compared.
    private IEnumerable<string> ShownChanges(DossierSummary before)
    {
        if (before.Network is null || Network is null)
        {
            yield break;
        }

        if (Network != before.Network)
        {
            yield return $"Netzwerk umbenannt: „{Network}“";
        }

        // Processes new or gone, or whose remark count changed, are named by the lines above already.
        var was = before.Processes.ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var process in Processes.Where(p => was.ContainsKey(p.Name)))
        {
            if (Topics!.GetValueOrDefault(process.Name) is { } topic && before.Topics!.GetValueOrDefault(process.Name) is { } oldTopic && topic != oldTopic)
            {
                yield return $"{process.Name}: Thema jetzt {topic}";
            }

            var old = was[process.Name];
            if (process.Remarks == old.Remarks && process.Comparison == old.Comparison && Review!.GetValueOrDefault(process.Name) != before.Review!.GetValueOrDefault(process.Name))
            {
                yield return ProcessSummary.ReviewChanged(process.Name);
            }
        }
    }

    private static string? Hash<T>(T? value)
        where T : class => value switch
        {
            null => null,
            Drawing d => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(d.Items.Cast<object>(), Json))))[..16],
            _ => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value, Json))))[..16],
        };
}
