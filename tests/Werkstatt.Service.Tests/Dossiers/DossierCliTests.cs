using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Common;
using Werkstatt.Service.Dossiers;
using Werkstatt.Service.Dossiers.Writer;
using Werkstatt.Service.Persistence;
using Werkstatt.Tests.Shared;
using Werkstatt.Service.Tests.Operations;

namespace Werkstatt.Service.Tests.Dossiers;

/// <summary><c>dossier build</c> as a real process on the demo network's Werkstätten.</summary>
public sealed class DossierCliTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"werkstatt-dossier-cli-{Guid.NewGuid():N}");
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        _database = await TestDatabase.CreateAsync(SqliteWerkstattDbContext.Name);
        await using var services = await TestServices.CreateAsync(_database, demo: true);
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Fact]
    public async Task Dossier_build_writes_a_valid_pdf_for_a_demo_workshop()
    {
        var (code, output, _) = await RunAsync("werkstatt", "list");
        Assert.Equal(0, code);
        var workshops = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.Equal(4, workshops.Count);
        // One process start per build is slow on a busy machine: one of the demo workshops stands for all.
        foreach (var workshop in workshops.Where(w => w[2] == "Prozesswerkstatt Bürgerservice"))
        {
            var file = Path.Combine(_dataDirectory, $"{workshop[0]}.pdf");
            var built = await RunAsync("dossier", "build", workshop[0], "--out", file);
            Assert.True(built.Code == 0, built.Error);
            Assert.Contains("Seiten", built.Output, StringComparison.Ordinal);
            if (PdfTools.Available)
            {
                using var pdf = new PdfTools(await File.ReadAllBytesAsync(file));
                pdf.Check();
                Assert.Contains(workshop[2], pdf.Text(1), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Every_demo_workshop_assembles_into_a_valid_dossier()
    {
        await using var services = await TestServices.CreateAsync(_database);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        var assembler = scope.ServiceProvider.GetRequiredService<DossierAssembler>();
        var ids = await db.Werkstaetten.AsNoTracking().Select(w => w.Id).ToListAsync();
        Assert.Equal(4, ids.Count);
        foreach (var id in ids)
        {
            var content = await assembler.AssembleAsync(Actor.System, id, null, CancellationToken.None);
            Assert.True(content.IsSuccess, content.Error?.Message);
            if (PdfTools.Available)
            {
                using var pdf = new PdfTools(DossierWriter.Write(content.Value));
                pdf.Check();
                Assert.Contains(content.Value.WerkstattTitle, pdf.Text(1), StringComparison.Ordinal);
            }
        }

        var unknown = await assembler.AssembleAsync(Actor.System, WerkstattId.New(), null, CancellationToken.None);
        Assert.Equal(ErrorKind.NotFound, unknown.Error?.Kind);
    }

    private Task<(int Code, string Output, string Error)> RunAsync(params string[] args) =>
        ServiceCli.RunAsync(_database, _dataDirectory, TimeSpan.FromSeconds(90), args);
}
