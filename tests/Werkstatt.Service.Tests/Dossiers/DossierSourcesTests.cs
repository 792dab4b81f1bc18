using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Participants;
using Werkstatt.Service.Common;
using Werkstatt.Service.Dossiers;
using Werkstatt.Service.Dossiers.Content;
using Werkstatt.Service.Dossiers.Writer;
using Werkstatt.Service.Persistence;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Service.Tests.Dossiers;

/// <summary>The demo's submissions and participants reach the dossier through the real sources, down to the PDF text.</summary>
public abstract class DossierSourcesTests(string provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _services = await TestServices.CreateAsync(_database, demo: true);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_quality_review_demo_brings_profiles_drawings_findings_remarks_and_the_comparison_into_the_pdf()
    {
        var content = await AssembleAsync("Prozesswerkstatt Bürgerdienste");

        var wohnsitz = content.Processes.Single(p => p.Name == "Wohnsitz anmelden");
        Assert.Equal(2, wohnsitz.Members.Count);
        Assert.All(wohnsitz.Members, m => Assert.NotNull(m.Drawing));
        Assert.Contains(wohnsitz.Members, m => m.Profile?.ItSystems?.Contains("ePayBL", StringComparison.Ordinal) == true);
        Assert.Contains(wohnsitz.Remarks, r => r.Text == "Die Gebühr fehlt im Ablauf." && r.Author == "Quirin Qualität");
        Assert.Contains(wohnsitz.Comparison, r => r.Aspect == "IT-Systeme");
        var gewerbe = Assert.Single(content.Processes.Single(p => p.Name == "Gewerbe anmelden").Members);
        Assert.NotNull(gewerbe.Drawing);

        if (PdfTools.Available)
        {
            using var pdf = new PdfTools(DossierWriter.Write(content));
            pdf.Check();
            var text = pdf.Text();
            Assert.Contains("Angaben prüfen", text, StringComparison.Ordinal);
            Assert.Contains("§ 17 Bundesmeldegesetz", text, StringComparison.Ordinal);
            Assert.Contains("Die Gebühr fehlt im Ablauf.", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Registered_people_appear_in_the_participants_section_and_a_personal_edition_keeps_their_processes()
    {
        var content = await AssembleAsync("Prozesswerkstatt Ordnung und Soziales");

        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        var werkstatt = await db.Werkstaetten.AsNoTracking().SingleAsync(w => w.Title == "Prozesswerkstatt Ordnung und Soziales");
        var registered = await db.Set<Participant>().AsNoTracking().Where(p => p.WerkstattId == werkstatt.Id).ToListAsync();
        Assert.Equal(8, registered.Count);
        Assert.Equal(8, content.Participants.Sum(g => g.People.Count));
        var someone = await db.People.AsNoTracking().FirstAsync(p => p.Id == registered[0].PersonId);
        Assert.Contains(content.Participants.SelectMany(g => g.People), p => p.Name == someone.Name);

        if (PdfTools.Available)
        {
            using var pdf = new PdfTools(DossierWriter.Write(content));
            Assert.Contains(someone.Name, pdf.Text(), StringComparison.Ordinal);
        }

        var withProcesses = registered.FirstOrDefault(p => p.Processes.Count > 0);
        if (withProcesses is not null)
        {
            var assembler = scope.ServiceProvider.GetRequiredService<DossierAssembler>();
            var personal = (await assembler.AssembleAsync(Actor.System, werkstatt.Id, withProcesses.PersonId, CancellationToken.None)).Value!;
            Assert.Equal(withProcesses.Processes.Count, personal.Processes.Count);
        }
    }

    private async Task<DossierContent> AssembleAsync(string title)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        var werkstatt = await db.Werkstaetten.AsNoTracking().SingleAsync(w => w.Title == title);
        var result = await scope.ServiceProvider.GetRequiredService<DossierAssembler>().AssembleAsync(Actor.System, werkstatt.Id, null, CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value!;
    }
}

public sealed class SqliteDossierSourcesTests() : DossierSourcesTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresDossierSourcesTests() : DossierSourcesTests(PostgresWerkstattDbContext.Name);
