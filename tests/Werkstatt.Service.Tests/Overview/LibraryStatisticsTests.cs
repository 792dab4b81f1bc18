using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Library;
using Werkstatt.Domain.Registers;
using Werkstatt.Service.Overview;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Registers;
using Werkstatt.Service.Registers.Library;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Service.Tests.Overview;

/// <summary>The network overview's growth and the registers' catalog read the demo library (two past workshops).</summary>
public sealed class LibraryStatisticsTests
{
    [Fact]
    public async Task Demo_library_grows_over_two_workshops_and_registers_see_its_entries_and_reuse()
    {
        await using var database = await TestDatabase.CreateAsync(SqliteWerkstattDbContext.Name);
        await using var services = await TestServices.CreateAsync(database, demo: true);
        await using var db = database.NewContext();
        var network = await db.Networks.SingleAsync();
        var entries = await db.Set<LibraryEntry>().AsNoTracking().ToListAsync();
        var scope = services.CreateScope().ServiceProvider;

        var growth = await scope.GetRequiredService<ILibraryStatistics>().GrowthAsync(network.Id, TestServices.DefaultNow, CancellationToken.None);
        Assert.Equal(2, growth.Count);
        Assert.True(growth[0].Added > 0);
        Assert.Equal(entries.Count, growth[^1].Total);
        Assert.True(growth[0].FirstDay < growth[1].FirstDay);

        var catalog = await scope.GetRequiredService<ILibraryCatalog>().ForNetworkAsync(network.Id, CancellationToken.None);
        Assert.Equal(entries.Count, catalog.Processes.Count);
        var dog = Assert.Single(catalog.Processes, p => p.Name == "Hundesteuer anmelden");
        Assert.NotEmpty(dog.ModelledBy);
        var lindenfeld = await db.Members.SingleAsync(m => m.Name == "Stadt Lindenfeld");
        Assert.True(catalog.Imported(lindenfeld.Id, dog.Id));

        // The demo registers name processes of the library; their coverage counts those entries.
        var index = new LibraryIndex(catalog);
        var registers = await db.Set<Register>().AsNoTracking().ToListAsync();
        Assert.Contains(registers, r => RegisterCoverage.Of(r, r.MemberId, index).Covered > 0);
    }
}
