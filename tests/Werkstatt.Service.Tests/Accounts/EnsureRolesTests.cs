using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Service.Accounts;
using Werkstatt.Service.Persistence;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Service.Tests.Accounts;

/// <summary>Instances starting together on one database all create the roles; none of them fails on the unique name; run per provider.</summary>
public abstract class EnsureRolesTests(string provider)
{
    [Fact]
    public async Task Instances_starting_together_create_each_role_once_and_none_fails()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = await TestServices.CreateAsync(database);
        using (var scope = services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<WerkstattDbContext>().Roles.ExecuteDeleteAsync(ct);
        }

        await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            using var scope = services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<AccountService>().EnsureRolesAsync(ct);
        }));

        using var check = services.CreateScope();
        var names = await check.ServiceProvider.GetRequiredService<WerkstattDbContext>().Roles.Select(r => r.Name!).ToListAsync(ct);
        Assert.Equal(Enum.GetNames<Werkstatt.Domain.Network.Role>().Order(), names.Order());
    }
}

public sealed class SqliteEnsureRolesTests() : EnsureRolesTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresEnsureRolesTests() : EnsureRolesTests(PostgresWerkstattDbContext.Name);
