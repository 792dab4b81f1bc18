using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Werkstatt.Service.Accounts;
using Werkstatt.Service.Demo;
using Werkstatt.Service.Events;
using Werkstatt.Service.Jobs;
using Werkstatt.Service.Networks;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Security;
using Werkstatt.Service.Werkstaetten;

namespace Werkstatt.Service.Hosting;

/// <summary>Registers everything the web app and the worker share: store, accounts, use cases, clock.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddWerkstattService(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(configuration); // the options below bind from it (the host registers its own first)
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.SectionName);
        services.AddSingleton(TimeProvider.System);

        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (database.IsPostgres)
        {
            var connectionString = configuration.GetConnectionString("Werkstatt");
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new OptionsValidationException(
                    "ConnectionStrings:Werkstatt",
                    typeof(DatabaseOptions),
                    ["Database:Provider=postgres braucht ConnectionStrings:Werkstatt (oder die Umgebungsvariable ConnectionStrings__Werkstatt)."]);
            }

            var tuned = PostgresConnection.Tuned(connectionString);
            services.AddPooledWerkstattDbContext<PostgresWerkstattDbContext>((_, o) => o.UseNpgsql(tuned));
        }
        else
        {
            services.AddPooledWerkstattDbContext<SqliteWerkstattDbContext>((sp, o) =>
            {
                var configured = configuration.GetConnectionString("Werkstatt");
                o.UseSqlite(string.IsNullOrWhiteSpace(configured) ? DefaultSqliteConnection(sp.GetRequiredService<IOptions<StorageOptions>>().Value) : configured);
            });
        }

        // Keys sign login cookies, antiforgery and reset tokens; in the database every instance shares them.
        services.AddDataProtection().SetApplicationName("Werkstatt");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<IServiceScopeFactory>())));

        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<WerkstattDbContext>()
            .AddErrorDescriber<GermanIdentityErrorDescriber>()
            .AddDefaultTokenProviders();

        services.AddScoped<DomainEventDispatcher>();
        services.AddScoped<SchemaMigrator>();
        services.AddScoped<AccountService>();
        services.AddScoped<NetworkService>();
        services.AddScoped<MemberService>();
        services.AddScoped<PersonService>();
        services.AddScoped<WerkstattService>();
        services.AddVotingAndAssignment();
        services.AddRegisters();
        services.AddSubmissions();
        services.AddWorkshopDays();
        services.AddScoped<DemoSeeder>();
        services.AddJobs(configuration);
        services.AddVotingReminders();
        services.AddMyTasksAndProgress();
        services.AddDossiers();
        services.AddOperations();
        services.AddInvitations();
        services.AddMicrosoft365();
        services.AddLibrary();
        services.AddMailRetention();
        services.AddToBeModels();
        services.AddWorkshopNotes();
        services.AddActorCache(configuration);
        return services;
    }

    private static string DefaultSqliteConnection(StorageOptions storage)
    {
        Directory.CreateDirectory(storage.FullDataDirectory);
        return $"Data Source={Path.Combine(storage.FullDataDirectory, "werkstatt.db")};Pooling=True";
    }
}
