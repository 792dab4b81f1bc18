using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Common;
using Werkstatt.Service.Dossiers;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Service.Tests.Dossiers;

/// <summary>The demo network with the dossier of its Werkstatt in quality review released and built (version 1); shared by a test class.</summary>
public abstract class ReleasedDemoDossier(string provider) : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("werkstatt-dossier-demo-").FullName;

    public TestDatabase Database { get; private set; } = null!;

    public ServiceProvider Services { get; private set; } = null!;

    public WerkstattId WerkstattId { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(provider);
        Services = await TestServices.CreateAsync(Database, demo: true, settings: new Dictionary<string, string?> { ["Storage:DataDirectory"] = _data });
        await using (var db = Database.NewContext())
        {
            WerkstattId = (await db.Werkstaetten.AsNoTracking().SingleAsync(w => w.Title == "Prozesswerkstatt Bürgerdienste")).Id;
        }

        await using var scope = Services.CreateAsyncScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<DossierService>().ReleaseAsync(Actor.System, WerkstattId)).IsSuccess);
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<DossierBuilder>().ProcessPendingAsync("test", CancellationToken.None));
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
        Directory.Delete(_data, recursive: true);
        GC.SuppressFinalize(this);
    }
}
