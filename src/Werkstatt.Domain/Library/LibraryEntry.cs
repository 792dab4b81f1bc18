using System.Text;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Library.Rules;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;

namespace Werkstatt.Domain.Library;

/// <summary>
/// One process in a network's library (identity: <see cref="LibraryKey"/>), with its versions — one per workshop that
/// handled it, old ones stay — and who has imported it. The search columns are derived from the latest version.
/// </summary>
public sealed class LibraryEntry : AggregateRoot
{
    public const int NameMaxLength = 200;
    public const int TopicMaxLength = 200;
    public const int SearchTextMaxLength = 30_000;
    public const int ByMaxLength = 200;

    private readonly List<LibraryVersion> _versions = [];
    private readonly List<LibraryImport> _imports = [];

    private LibraryEntry()
    {
    }

    public LibraryEntryId Id { get; private set; }

    public NetworkId NetworkId { get; private set; }

    public string Key { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public string? LeikaKey { get; private set; }

    public string? Topic { get; private set; }

    /// <summary>The member levels the process applies to, e.g. "Kreis Stadt".</summary>
    public string Levels { get; private set; } = string.Empty;

    /// <summary>Every modelling member of every version, as "|id|id|" (filtered with LIKE).</summary>
    public string MemberIds { get; private set; } = "|";

    /// <summary>Every Werkstatt that added a version, as "|id|id|".</summary>
    public string WerkstattIds { get; private set; } = "|";

    /// <summary>The date of the latest version (workshop day, else the day it was added).</summary>
    public DateOnly LatestOn { get; private set; }

    public string SearchText { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Oldest first (the store does not keep the order of rows).</summary>
    public IReadOnlyList<LibraryVersion> Versions => _versions.OrderBy(v => v.Number).ToList();

    public IReadOnlyList<LibraryImport> Imports => _imports;

    public LibraryVersion Latest => _versions.MaxBy(v => v.Number)!;

    /// <summary>How many members have imported it (any version).</summary>
    public int ReuseCount => _imports.Select(i => i.MemberId).Distinct().Count();

    public static LibraryEntry Create(NetworkId network, string name, LeikaKey? leikaKey, DateTimeOffset now)
    {
        var checkedName = Text.Required(name, NameMaxLength, nameof(Name), "Der Name des Prozesses");
        return new LibraryEntry
        {
            Id = LibraryEntryId.New(), NetworkId = network, Key = LibraryKey.For(leikaKey, checkedName), Name = checkedName,
            LeikaKey = leikaKey?.Value, CreatedAt = now, LatestOn = DateOnly.FromDateTime(now.UtcDateTime),
        };
    }

    public bool HasVersionFrom(WerkstattId werkstatt) => _versions.Any(v => v.WerkstattId == werkstatt);

    /// <summary>Adds the next version; the name stays the entry's, the rest of the search columns follow the new version.</summary>
    public LibraryVersion AddVersion(LibraryVersionInput input, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(input);
        CheckRule(new AWerkstattAddsOneVersionPerProcessRule(_versions, input.WerkstattId));
        CheckRule(new AVersionNeedsAModelOrAProfileRule(input.Models.Count, input.Profiles.Count));
        var version = new LibraryVersion(
            _versions.Count == 0 ? 1 : _versions.Max(v => v.Number) + 1, input.Source, input.WerkstattId, Clip(input.WerkstattTitle), input.ProcessId, input.HeldOn, now, input.DossierNumber,
            input.WorkshopNotes, input.QaSummary, input.Models, input.Profiles) { Notes = input.Notes, ActionItems = input.ActionItems };
        _versions.Add(version);
        Topic = Clip(input.Topic) ?? Topic;
        Levels = string.IsNullOrWhiteSpace(input.Levels) ? Levels : input.Levels;
        LatestOn = input.HeldOn ?? DateOnly.FromDateTime(now.UtcDateTime);
        foreach (var member in input.Models.Select(m => m.MemberId).Concat(input.Profiles.Select(p => p.MemberId)).OfType<Guid>())
        {
            MemberIds = Append(MemberIds, member);
        }

        if (input.WerkstattId is { } werkstatt)
        {
            WerkstattIds = Append(WerkstattIds, werkstatt.Value);
        }

        SearchText = BuildSearchText(input);
        return version;
    }

    public void RecordReuse(MemberId member, DateTimeOffset now, string by)
    {
        CheckRule(new AMemberRecordsAReuseOncePerVersionRule(_imports, member, Latest.Number));
        _imports.Add(new LibraryImport(member, Latest.Number, now, by.Length <= ByMaxLength ? by : by[..ByMaxLength]));
    }

    private string BuildSearchText(LibraryVersionInput input)
    {
        var text = new StringBuilder();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Add(string? part)
        {
            if (!string.IsNullOrWhiteSpace(part) && seen.Add(part.Trim()))
            {
                text.Append(part.Trim()).Append('\n');
            }
        }

        Add(Name);
        Add(LeikaKey);
        Add(Topic);
        Add(input.WerkstattTitle);
        foreach (var profile in input.Profiles)
        {
            Add(profile.MemberName);
            foreach (var field in profile.Fields)
            {
                Add(field.Value);
            }
        }

        foreach (var label in input.Labels)
        {
            Add(label);
        }

        return text.Length <= SearchTextMaxLength ? text.ToString() : text.ToString(0, SearchTextMaxLength);
    }

    private static string Append(string list, Guid id) => list.Contains($"|{id}|", StringComparison.Ordinal) ? list : $"{list}{id}|";

    private static string? Clip(string? text) => text is null || text.Length <= TopicMaxLength ? text : text[..TopicMaxLength];
}
