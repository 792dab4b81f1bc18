using System.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Security;

/// <summary>
/// Makes sure the key ring has its key before an instance serves anything. Instances starting together on a fresh
/// PostgreSQL database would otherwise each find no key on their first request and each create one, and a cookie
/// protected by one would be refused by the others until they reload their key ring (a day later). Under the migrations'
/// advisory lock the first instance creates the key and every later one reads it. SQLite (one host, normally one
/// process) has no such lock: there the key ring is used once without it.
/// </summary>
public static class DataProtectionKeyBootstrap
{
    public const string Purpose = "Werkstatt.Startup";

    public static async Task EnsureKeyAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var db = services.GetRequiredService<WerkstattDbContext>();
        var protector = services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);
        if (db.ProviderName != PostgresWerkstattDbContext.Name)
        {
            protector.Protect([1]);
            return;
        }

        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await LockAsync(connection, "pg_advisory_lock", cancellationToken);
            try
            {
                // The first use loads the key ring from the database, creating (and storing) a key only if there is none.
                protector.Protect([1]);
            }
            finally
            {
                await LockAsync(connection, "pg_advisory_unlock", CancellationToken.None);
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    private static async Task LockAsync(System.Data.Common.DbConnection connection, string function, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {function}({SchemaMigrator.AdvisoryLockKey})";
        command.CommandTimeout = 300;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
