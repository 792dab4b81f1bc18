using System.Globalization;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Library;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Review;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Bench.Library;

/// <summary>
/// Library entries that look like a network's after years of workshops: German process names from objects and verbs,
/// a LeiKa key each, a topic, levels, one or two modelling members, profile fields, 8 task labels and one rare word.
/// </summary>
public sealed class LibrarySeed
{
    public static readonly string[] Topics =
    [
        "Bürgerservice", "Ordnung", "Soziales", "Bauen", "Finanzen", "Personal", "Umwelt", "Verkehr", "Schule", "Kultur",
        "Gesundheit", "Jugend", "Wirtschaft", "Standesamt", "Feuerwehr", "Digitalisierung", "Friedhof", "Wahlen", "Vergabe", "Liegenschaften",
    ];

    public static readonly string[] CommonLabelWords = ["prüfen", "Antrag", "Bescheid", "Gebühr", "erfassen", "versenden"];

    private static readonly string[] Objects =
    [
        "Hundesteuer", "Wohnsitz", "Gewerbe", "Baugenehmigung", "Führerschein", "Personalausweis", "Reisepass", "Parkausweis", "Sondernutzung",
        "Wohngeld", "Elterngeld", "Kita-Platz", "Grundsteuer", "Fundsache", "Sterbeurkunde", "Eheschließung", "Straßensperrung", "Baumfällung",
        "Gaststättenerlaubnis", "Veranstaltung", "Bewohnerparken", "Schülerbeförderung", "Einbürgerung", "Waffenschein", "Fischereischein",
    ];

    private static readonly string[] Verbs = ["anmelden", "abmelden", "beantragen", "ändern", "verlängern", "prüfen", "genehmigen", "erstatten"];

    private static readonly string[] Labels =
    [
        "Antrag prüfen", "Antrag erfassen", "Unterlagen nachfordern", "Gebühr berechnen", "Gebühr erheben", "Bescheid erstellen",
        "Bescheid versenden", "Daten im Fachverfahren erfassen", "Akte anlegen", "Zahlung prüfen", "Termin vereinbaren",
        "Stellungnahme einholen", "Vorgang abschließen", "Nachweis prüfen", "Identität prüfen", "Ablehnung versenden",
    ];

    private readonly int _offset;

    private LibrarySeed(NetworkId network, IReadOnlyList<Guid> members, int count, int offset)
    {
        Network = network;
        Members = members;
        Count = count;
        _offset = offset;
    }

    public NetworkId Network { get; }

    public IReadOnlyList<Guid> Members { get; }

    public int Count { get; }

    public static async Task<LibrarySeed> SeedAsync(WerkstattDbContext db, int count)
    {
        ArgumentNullException.ThrowIfNull(db);
        var now = DateTimeOffset.UtcNow;
        var (network, members) = await NetworkAsync(db, "Netzwerk Bibliothek", 13, now);
        var (other, otherMembers) = await NetworkAsync(db, "Anderes Netzwerk", 2, now);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await AddEntriesAsync(db, network, members, 0, count, now);
        await AddEntriesAsync(db, other, otherMembers, count, 1_000, now);
        return new LibrarySeed(network, members.Select(m => m.Id.Value).ToList(), count, 0);
    }

    public string LeikaOf(int index) => (99_000_000_000_000L + _offset + index).ToString(CultureInfo.InvariantCulture);

    public string RareWord(int index) => RareWordOf(_offset + index);

    private static string RareWordOf(int index)
    {
        // A made-up word per entry ("Vorgangbdfk"): the search must find one entry among 100,000.
        var letters = new char[6];
        var n = index;
        for (var i = letters.Length - 1; i >= 0; i--)
        {
            letters[i] = (char)('a' + (n % 26));
            n /= 26;
        }

        return "Vorgang" + new string(letters);
    }

    private static async Task<(NetworkId, List<Member>)> NetworkAsync(WerkstattDbContext db, string name, int size, DateTimeOffset now)
    {
        var network = Werkstatt.Domain.Network.Network.Create(name, Werkstatt.Domain.Calendar.FederalState.NordrheinWestfalen, now);
        db.Networks.Add(network);
        var members = Enumerable.Range(0, size)
            .Select(i => Member.Create(network.Id, i < 3 ? $"Kreis {name} {i}" : $"Stadt {name} {i}", i < 3 ? MemberLevel.Kreis : i % 2 == 0 ? MemberLevel.Stadt : MemberLevel.Gemeinde, 20_000 + i, 200))
            .ToList();
        db.Members.AddRange(members);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return (network.Id, members);
    }

    private static async Task AddEntriesAsync(WerkstattDbContext db, NetworkId network, List<Member> members, int offset, int count, DateTimeOffset now)
    {
        const int Batch = 2_000;
        var werkstaetten = Enumerable.Range(0, 40).Select(_ => WerkstattId.New()).ToList();
        for (var start = 0; start < count; start += Batch)
        {
            for (var i = start; i < Math.Min(count, start + Batch); i++)
            {
                db.Add(Entry(network, members, werkstaetten, offset + i, now));
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    private static LibraryEntry Entry(NetworkId network, List<Member> members, List<WerkstattId> werkstaetten, int index, DateTimeOffset now)
    {
        var name = $"{Objects[index % Objects.Length]} {Verbs[index / Objects.Length % Verbs.Length]} ({index / (Objects.Length * Verbs.Length) + 1})";
        var entry = LibraryEntry.Create(network, name, new LeikaKey((99_000_000_000_000L + index).ToString(CultureInfo.InvariantCulture)), now);
        var a = members[index % members.Count];
        var b = members[(index * 7 + 3) % members.Count];
        var labels = Enumerable.Range(0, 8).Select(k => Labels[(index + (k * 5)) % Labels.Length]).Append(RareWordOf(index) + " bearbeiten").ToList();
        var profiles = new[] { a, b }.Distinct().Select(m => new LibraryProfile(m.Id.Value, m.Name,
        [
            new LibraryProfileField("Auslöser", $"Antrag der Bürgerin zu {name}"),
            new LibraryProfileField("Ergebnis", "Bescheid"),
            new LibraryProfileField("IT-Verfahren", index % 3 == 0 ? "OK.EWO" : "Fachverfahren Ordnung"),
        ])).ToList();
        var models = profiles.Select(p => new LibraryModel(p.MemberId, p.MemberName, ModelKind.AsIs, "modell.bpmn", new string('a', 64), 20_000, 40)).ToList();
        var werkstatt = werkstaetten[index % werkstaetten.Count];
        var heldOn = new DateOnly(2022, 1, 1).AddDays(index % 1_400);
        entry.AddVersion(new LibraryVersionInput(
            LibraryVersionSource.Workshop, werkstatt, $"Prozesswerkstatt {index % 40 + 1}", ProcessId.New(), heldOn, Topics[index % Topics.Length],
            string.Join(' ', new[] { a.Level, b.Level }.Distinct().Order()), null, null, null, models, profiles, labels), now);
        return entry;
    }
}
