using System.IO.Compression;
using System.Text.Json;
using Werkstatt.Service.Bpmn.Import;
using Werkstatt.Service.Library;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Tests.Networks;

namespace Werkstatt.Service.Tests.Library;

/// <summary>Downloads (zip package with metadata.json, profile PDF, single file) and the onboarding import on one provider.</summary>
public abstract class LibraryPackageTests(string provider) : IAsyncLifetime
{
    private NetworkFixture _f = null!;

    public async ValueTask InitializeAsync() => _f = await NetworkFixture.CreateAsync(provider);

    public async ValueTask DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task Entry_package_reads_back_through_the_importer_identically()
    {
        var spring = LibraryTestData.Werkstatt(_f.Network.Id, _f.StadtA, _f.StadtB, "Prozesswerkstatt Frühjahr", new DateOnly(2026, 3, 10));
        await using (var db = _f.Database.NewContext())
        {
            await new LibraryPackager(db, new FixedLibrarySource(spring), _f.Clock).PackageAsync(spring.Id, CancellationToken.None);
        }

        var dog = (await _f.Get<LibraryService>().SearchAsync(_f.ManagerOfA, _f.Network.Id, new LibraryQuery("Hundesteuer"))).Value!.Single();
        var package = await _f.Get<LibraryDownloads>().EntryPackageAsync(_f.ManagerOfA, dog.Id);
        Assert.True(package.IsSuccess, package.Error?.Message);
        Assert.Equal("bibliothek-hundesteuer-anmelden.zip", package.Value.FileName);

        using var zip = new ZipArchive(new MemoryStream(package.Value.Content));
        using var meta = JsonDocument.Parse(zip.GetEntry(LibraryPackageWriter.MetadataName)!.Open());
        Assert.Equal(LibraryPackageWriter.SchemaId, meta.RootElement.GetProperty("schema").GetString());
        var entry = meta.RootElement.GetProperty("entries").EnumerateArray().Single();
        Assert.Equal(LibraryTestData.DogLeika, entry.GetProperty("leikaKey").GetString());
        var version = entry.GetProperty("versions").EnumerateArray().Single();
        var models = version.GetProperty("models").EnumerateArray().ToList();
        Assert.Equal(3, models.Count);
        foreach (var model in models)
        {
            var bytes = Read(zip, model.GetProperty("file").GetString()!);
            var original = model.GetProperty("kind").GetString() == "toBe" ? LibraryTestData.DogToBe : LibraryTestData.DogAsIs;
            var back = BpmnImporter.Import(bytes).Model!;
            var expected = BpmnImporter.Import(original).Model!;
            Assert.Equal(expected.Elements.Select(e => (e.Id, e.Name, e.Kind)), back.Elements.Select(e => (e.Id, e.Name, e.Kind)));
            Assert.Equal(expected.Diagrams.Sum(d => d.Shapes.Count), back.Diagrams.Sum(d => d.Shapes.Count));
            Assert.Equal(model.GetProperty("elementCount").GetInt32(), back.Elements.Count);
            Assert.Equal(model.GetProperty("sha256").GetString(), LibraryBpmn.Sha256(bytes));
        }

        var profile = version.GetProperty("profiles").EnumerateArray().Single();
        var pdf = Read(zip, profile.GetProperty("file").GetString()!);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.Equal("Stadt A", profile.GetProperty("member").GetProperty("name").GetString());

        var werkstattPackage = await _f.Get<LibraryDownloads>().WerkstattPackageAsync(_f.ManagerOfA, spring.Id.Value);
        Assert.Equal(Common.ErrorKind.NotFound, werkstattPackage.Error?.Kind); // only stored Werkstätten have packages
    }

    [Fact]
    public async Task Onboarding_imports_good_files_reports_refused_ones_and_skips_known_ones()
    {
        var folder = Directory.CreateTempSubdirectory("library-onboarding-").FullName;
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, "hund.bpmn"), LibraryTestData.DogAsIs);
            await File.WriteAllBytesAsync(Path.Combine(folder, "ausweis.bpmn"), LibraryTestData.CardAsIs);
            await File.WriteAllTextAsync(Path.Combine(folder, "kaputt.bpmn"), "<definitions><process");
            await File.WriteAllTextAsync(Path.Combine(folder, "notizen.txt"), "keine BPMN-Datei");
            var onboarding = _f.Get<LibraryOnboarding>();

            var first = (await onboarding.ImportFolderAsync(Common.Actor.System, _f.Network.Id, folder)).Value!;
            Assert.Equal(["ausweis.bpmn", "hund.bpmn"], first.Imported.Select(i => i.Key));
            Assert.Equal("Hundesteuer anmelden", first.Imported.Single(i => i.Key == "hund.bpmn").Value);
            Assert.Equal("kaputt.bpmn", Assert.Single(first.Refused).Key);
            Assert.False(string.IsNullOrWhiteSpace(first.Refused[0].Value));

            var second = (await _f.Get<LibraryOnboarding>().ImportFolderAsync(Common.Actor.System, _f.Network.Id, folder)).Value!;
            Assert.Empty(second.Imported);
            Assert.Equal(["ausweis.bpmn", "hund.bpmn"], second.AlreadyThere);

            var hits = (await _f.Get<LibraryService>().SearchAsync(_f.ManagerOfA, _f.Network.Id, new LibraryQuery("Hundesteuermarke"))).Value!;
            var file = await _f.Get<LibraryDownloads>().FileAsync(_f.ManagerOfA, Assert.Single(hits).Id, LibraryBpmn.Sha256(LibraryTestData.DogAsIs));
            Assert.Equal(LibraryTestData.DogAsIs, file.Value!.Content);
            var byManager = await _f.Get<LibraryOnboarding>().ImportFolderAsync(_f.ManagerOfA, _f.Network.Id, folder);
            Assert.Equal(Common.ErrorKind.Forbidden, byManager.Error?.Kind);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static byte[] Read(ZipArchive zip, string path)
    {
        using var stream = zip.GetEntry(path)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

public sealed class SqliteLibraryPackageTests() : LibraryPackageTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresLibraryPackageTests() : LibraryPackageTests(PostgresWerkstattDbContext.Name);
