using System.Collections.Specialized;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;
using Quartz.Impl;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Jobs.Quartz;

/// <summary>
/// Builds Quartz schedulers on our database: ADO job store with the tables of migration 0003, clustered on PostgreSQL;
/// on SQLite not clustered (Quartz refuses clustering there), so only one process may run the scheduler.
/// </summary>
public sealed class QuartzSchedulerFactory(IServiceProvider services, IOptions<JobsOptions> options)
{
    public const string TablePrefix = "qrtz_";

    /// <summary>This process's instance id in the cluster: host, process id and a random part.</summary>
    public static string NewInstanceId() =>
        string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}");

    public async Task<IScheduler> CreateAsync(CancellationToken cancellationToken)
    {
        string provider;
        string connectionString;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
            provider = db.ProviderName;
            connectionString = db.Database.GetConnectionString() ?? throw new InvalidOperationException("No connection string for the scheduler.");
        }

        var factory = new StdSchedulerFactory(Properties(options.Value, provider == PostgresWerkstattDbContext.Name, connectionString, NewInstanceId()));
        var scheduler = await factory.GetScheduler(cancellationToken);
        scheduler.JobFactory = new ServiceJobFactory(services);
        return scheduler;
    }

    public static NameValueCollection Properties(JobsOptions jobs, bool postgres, string connectionString, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        // Quartz keeps data sources in a process-wide registry: one name per database keeps schedulers on different
        // databases (tests, several installations in one process) apart.
        var dataSource = "werkstatt" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{postgres}|{connectionString}")))[..16];
        var properties = new NameValueCollection
        {
            ["quartz.scheduler.instanceName"] = jobs.SchedulerName,
            ["quartz.scheduler.instanceId"] = instanceId,
            ["quartz.threadPool.maxConcurrency"] = jobs.Threads.ToString(CultureInfo.InvariantCulture),
            ["quartz.jobStore.type"] = "Quartz.Impl.AdoJobStore.JobStoreTX, Quartz",
            ["quartz.jobStore.driverDelegateType"] = postgres
                ? "Quartz.Impl.AdoJobStore.PostgreSQLDelegate, Quartz"
                : "Quartz.Impl.AdoJobStore.SQLiteDelegate, Quartz",
            ["quartz.jobStore.dataSource"] = dataSource,
            ["quartz.jobStore.tablePrefix"] = TablePrefix,
            ["quartz.jobStore.useProperties"] = "true",
            ["quartz.jobStore.performSchemaValidation"] = "true",
            ["quartz.jobStore.clustered"] = postgres ? "true" : "false",
            [$"quartz.dataSource.{dataSource}.provider"] = postgres ? "Npgsql" : "SQLite-Microsoft",
            [$"quartz.dataSource.{dataSource}.connectionString"] = connectionString,
            ["quartz.serializer.type"] = typeof(QuartzStringSerializer).AssemblyQualifiedName,
            ["quartz.jobStore.dbRetryInterval"] = ((long)jobs.DatabaseRetryInterval.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
        };
        if (postgres)
        {
            properties["quartz.jobStore.clusterCheckinInterval"] = ((long)jobs.ClusterCheckinInterval.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        }

        return properties;
    }
}
