using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Security;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Service.Tests.Security;

/// <summary>
/// Instances starting together on a fresh PostgreSQL database share one data-protection key: what one protects (a
/// cookie), every other unprotects. PostgreSQL only: the race is between instances of a cluster, which SQLite does not
/// serve (<see cref="DataProtectionKeyBootstrap"/>).
/// </summary>
public sealed class DataProtectionKeyBootstrapTests
{
    [Fact]
    public async Task Instances_starting_together_on_a_fresh_database_create_one_key_and_read_each_others_cookies()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(PostgresWerkstattDbContext.Name);
        var instances = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => TestServices.CreateAsync(database), ct)));
        try
        {
            await using (var db = database.NewContext())
            {
                Assert.Equal(1, await db.Set<DataProtectionKey>().CountAsync(ct));
            }

            var purpose = "Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware";
            var cookie = instances[0].GetRequiredService<IDataProtectionProvider>().CreateProtector(purpose).Protect("angemeldet");
            Assert.All(instances.Skip(1), other => Assert.Equal("angemeldet", other.GetRequiredService<IDataProtectionProvider>().CreateProtector(purpose).Unprotect(cookie)));
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }
}
