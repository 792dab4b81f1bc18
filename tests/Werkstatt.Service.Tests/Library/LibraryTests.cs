using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Calendar;
using Werkstatt.Domain.Library;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Library;
using Werkstatt.Service.Library.Sources;
using Werkstatt.Service.Networks;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Tests.Networks;

namespace Werkstatt.Service.Tests.Library;

/// <summary>Packaging, versions and search of the library on one provider.</summary>
public abstract class LibraryTests(string provider) : IAsyncLifetime
{
    private NetworkFixture _f = null!;
    private SourceWerkstatt _spring = null!;
    private SourceWerkstatt _autumn = null!;

    protected NetworkFixture F => _f;

    public async ValueTask InitializeAsync()
    {
        _f = await NetworkFixture.CreateAsync(provider);
        _spring = LibraryTestData.Werkstatt(_f.Network.Id, _f.StadtA, _f.StadtB, "Prozesswerkstatt Frühjahr", new DateOnly(2026, 3, 10));
        _autumn = LibraryTestData.Werkstatt(_f.Network.Id, _f.StadtB, _f.StadtA, "Prozesswerkstatt Herbst", new DateOnly(2026, 10, 6));
    }

    public async ValueTask DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task Packaging_again_adds_nothing_and_a_later_workshop_adds_a_version()
    {
        Assert.Equal(2, await PackageAsync(_spring));
        Assert.Equal(0, await PackageAsync(_spring));
        Assert.Equal(2, await PackageAsync(_autumn));

        await using var db = _f.Database.NewContext();
        var entries = await db.Set<LibraryEntry>().AsNoTracking().OrderBy(e => e.Name).ToListAsync();
        Assert.Equal(["Bibliotheksausweis ausstellen", "Hundesteuer anmelden"], entries.Select(e => e.Name));
        var dog = entries[1];
        Assert.Equal([1, 2], dog.Versions.Select(v => v.Number));
        Assert.Equal("Prozesswerkstatt Frühjahr", dog.Versions[0].WerkstattTitle);
        Assert.Equal(3, dog.Versions[0].Models.Count);
        Assert.Equal(3, dog.Versions[0].DossierNumber);
        Assert.Contains("Nachbesserung", dog.Versions[0].QaSummary, StringComparison.Ordinal);
        Assert.Equal("Steuerfachverfahren", dog.Versions[0].Profiles.Single().Fields.Single(f => f.Label == "IT-Systeme").Value);
        Assert.Equal(new DateOnly(2026, 10, 6), dog.LatestOn);

        // The same as-is file of two members and two workshops is stored once.
        Assert.Equal(3, await db.Set<LibraryFile>().CountAsync());
    }

    [Fact]
    public async Task Search_finds_a_process_by_a_word_from_a_task_label()
    {
        await PackageAsync(_spring);
        var hits = await SearchAsync(new LibraryQuery("Steuerbescheid"));
        Assert.Equal(["Hundesteuer anmelden"], hits.Select(h => h.Name));
        Assert.Equal(["Bibliotheksausweis ausstellen"], (await SearchAsync(new LibraryQuery("Leserdaten erfassen"))).Select(h => h.Name));
        Assert.Empty(await SearchAsync(new LibraryQuery("Baugenehmigung")));
    }

    [Fact]
    public async Task Search_finds_a_process_by_its_leika_key_as_text_and_as_filter()
    {
        await PackageAsync(_spring);
        Assert.Equal(["Hundesteuer anmelden"], (await SearchAsync(new LibraryQuery(LibraryTestData.DogLeika))).Select(h => h.Name));
        var filtered = await SearchAsync(new LibraryQuery(LeikaKey: LibraryTestData.DogLeika));
        Assert.Equal(LibraryTestData.DogLeika, Assert.Single(filtered).LeikaKey);
    }

    [Fact]
    public async Task Search_finds_antrag_when_asked_for_antraege()
    {
        await PackageAsync(_spring);
        var hits = await SearchAsync(new LibraryQuery("Anträge"));
        Assert.Equal(["Hundesteuer anmelden"], hits.Select(h => h.Name));
    }

    [Fact]
    public async Task Filters_by_topic_level_member_workshop_and_date()
    {
        await PackageAsync(_spring);
        await PackageAsync(_autumn);
        Assert.Equal(["Bibliotheksausweis ausstellen"], (await SearchAsync(new LibraryQuery(Topic: "Bürgerservice"))).Select(h => h.Name));
        Assert.Equal(["Bibliotheksausweis ausstellen"], (await SearchAsync(new LibraryQuery(Level: MemberLevel.Gemeinde))).Select(h => h.Name));
        Assert.Equal(2, (await SearchAsync(new LibraryQuery(MemberId: _f.StadtA.Id.Value))).Count);
        Assert.Equal(2, (await SearchAsync(new LibraryQuery(WerkstattId: _spring.Id.Value))).Count);
        Assert.Empty(await SearchAsync(new LibraryQuery(To: new DateOnly(2026, 9, 30))));
        Assert.Equal(2, (await SearchAsync(new LibraryQuery(From: new DateOnly(2026, 10, 1)))).Count);
        var hit = (await SearchAsync(new LibraryQuery("Hundesteuer"))).Single();
        Assert.Equal("Prozesswerkstatt Herbst", hit.WerkstattTitle);
        Assert.Equal(2, hit.VersionCount);
    }

    [Fact]
    public async Task Search_never_shows_another_networks_entries()
    {
        var other = (await _f.Get<NetworkService>().CreateAsync(Actor.System, "Anderes Netzwerk", FederalState.Bayern)).Value!;
        var members = _f.Get<MemberService>();
        var coordinator = new Actor("x", "Koordination X", other.Id, null, new HashSet<Role> { Role.Coordinator });
        var x1 = (await members.CreateAsync(coordinator, other.Id, new MemberInput("Markt X", MemberLevel.Gemeinde, 5000, 50))).Value!;
        await PackageAsync(LibraryTestData.Werkstatt(other.Id, x1, x1, "Fremde Werkstatt", new DateOnly(2026, 5, 5)));
        await PackageAsync(_spring);

        var own = await SearchAsync(new LibraryQuery("Hundesteuer"));
        Assert.Single(own);
        Assert.Equal("Prozesswerkstatt Frühjahr", own[0].WerkstattTitle);
        var foreign = await _f.Get<LibraryService>().SearchAsync(_f.ManagerOfA, other.Id, new LibraryQuery("Hundesteuer"));
        Assert.Equal(ErrorKind.Forbidden, foreign.Error?.Kind);
        var theirs = (await _f.Get<LibraryService>().SearchAsync(coordinator, other.Id, new LibraryQuery("Hundesteuer"))).Value!;
        Assert.Equal("Fremde Werkstatt", Assert.Single(theirs).WerkstattTitle);
        var entry = await _f.Get<LibraryService>().GetAsync(_f.ManagerOfA, theirs[0].Id);
        Assert.Equal(ErrorKind.Forbidden, entry.Error?.Kind);
    }

    [Fact]
    public async Task A_members_process_manager_records_reuse_once_per_version()
    {
        await PackageAsync(_spring);
        var library = _f.Get<LibraryService>();
        var dog = (await SearchAsync(new LibraryQuery("Hundesteuer"))).Single();
        var view = (await library.GetAsync(_f.ManagerOfA, dog.Id)).Value!;

        var recorded = await library.RecordReuseAsync(_f.ManagerOfA, dog.Id, _f.StadtA.Id, view.Version);
        Assert.True(recorded.IsSuccess, recorded.Error?.Message);
        Assert.Equal(["Stadt A"], recorded.Value.Reuses.Select(r => r.MemberName));
        var again = await library.RecordReuseAsync(_f.ManagerOfA, dog.Id, _f.StadtA.Id, recorded.Value.Version);
        Assert.Equal(ErrorKind.Rule, again.Error?.Kind);
        var forOther = await library.RecordReuseAsync(_f.ManagerOfA, dog.Id, _f.StadtB.Id, recorded.Value.Version);
        Assert.Equal(ErrorKind.Forbidden, forOther.Error?.Kind);
        var byExpert = await library.RecordReuseAsync(_f.ExpertOfA, dog.Id, _f.StadtA.Id, recorded.Value.Version);
        Assert.Equal(ErrorKind.Forbidden, byExpert.Error?.Kind);
        var stale = await library.RecordReuseAsync(_f.Coordinator, dog.Id, _f.StadtB.Id, view.Version);
        Assert.Equal(ErrorKind.Concurrency, stale.Error?.Kind);
        Assert.Equal(1, (await SearchAsync(new LibraryQuery("Hundesteuer"))).Single().ReuseCount);
    }

    protected async Task<int> PackageAsync(SourceWerkstatt werkstatt)
    {
        await using var db = _f.Database.NewContext();
        return await new LibraryPackager(db, new FixedLibrarySource(werkstatt), _f.Clock).PackageAsync(werkstatt.Id, CancellationToken.None);
    }

    protected async Task<IReadOnlyList<LibraryHit>> SearchAsync(LibraryQuery query)
    {
        var result = await _f.Get<LibraryService>().SearchAsync(_f.ManagerOfA, _f.Network.Id, query);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }
}

public sealed class SqliteLibraryTests() : LibraryTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresLibraryTests() : LibraryTests(PostgresWerkstattDbContext.Name);
