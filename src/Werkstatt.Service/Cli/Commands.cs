using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Accounts;
using Werkstatt.Service.Hosting;
using Werkstatt.Service.Jobs;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Cli;

/// <summary>The verbs. Each prints a German message and exits non-zero when it fails.</summary>
internal static partial class Commands
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Werkstatt – Betriebsbefehle (gleiche Konfiguration wie die Web-Anwendung).");
        root.Subcommands.Add(Worker());
        root.Subcommands.Add(Migrate());
        root.Subcommands.Add(NetworkVerbs());
        root.Subcommands.Add(WerkstattVerbs());
        root.Subcommands.Add(UserVerbs());
        root.Subcommands.Add(SchemaVerbs());
        root.Subcommands.Add(AssignmentVerbs());
        root.Subcommands.Add(BpmnVerbs());
        root.Subcommands.Add(DossierVerbs());
        root.Subcommands.Add(BackupVerb());
        root.Subcommands.Add(RestoreVerb());
        root.Subcommands.Add(CalendarVerbs());
        root.Subcommands.Add(LibraryVerbs());
        return root;
    }

    private static Command Worker()
    {
        var command = new Command("worker", "Führt die Hintergrundaufgaben aus (Standard ohne Befehl). Beenden mit Strg+C.");
        command.SetAction(async (_, cancellationToken) =>
        {
            var builder = CliHost.CreateBuilder(quiet: false);
            builder.Services.AddJobHosting();
            using var host = builder.Build();
            await DatabaseInitializer.InitializeAsync(host.Services, seedDemo: false, cancellationToken);
            await host.RunAsync(cancellationToken);
            return 0;
        });
        return command;
    }

    private static Command Migrate()
    {
        var command = new Command("migrate", "Wendet ausstehende Datenbankmigrationen an.");
        command.SetAction(async (_, cancellationToken) => await Run(
            async services =>
        {
            var applied = await services.GetRequiredService<SchemaMigrator>().MigrateAsync(cancellationToken);
            await services.GetRequiredService<AccountService>().EnsureRolesAsync(cancellationToken);
            Console.WriteLine(applied.Count == 0 ? "Die Datenbank ist aktuell." : $"Angewendet: {string.Join(", ", applied)}");
            return 0;
        },
            initialize: false));
        return command;
    }

    private static Command WerkstattVerbs()
    {
        var list = new Command("list", "Listet alle Werkstätten: Kennung, Netzwerk, Titel, Phase, 1. Tag.");
        list.SetAction(async (_, cancellationToken) => await Run(async services =>
        {
            var db = services.GetRequiredService<WerkstattDbContext>();
            var networks = await db.Networks.AsNoTracking().ToDictionaryAsync(n => n.Id, n => n.Name, cancellationToken);
            var all = await db.Werkstaetten.AsNoTracking().ToListAsync(cancellationToken);
            foreach (var w in all.OrderBy(w => w.Schedule.Day1Start))
            {
                Console.WriteLine($"{w.Id}\t{networks.GetValueOrDefault(w.NetworkId)}\t{w.Title}\t{w.Phase.GermanName()}\t{BerlinTime.FormatDate(w.Schedule.Day1Start)}");
            }

            if (all.Count == 0)
            {
                Console.WriteLine("Keine Werkstätten vorhanden.");
            }

            return 0;
        }));
        var command = new Command("werkstatt", "Werkstätten anzeigen.");
        command.Subcommands.Add(list);
        return command;
    }

    private static Command UserVerbs()
    {
        var email = new Option<string>("--email") { Description = "E-Mail-Adresse (zugleich Anmeldename)", Required = true };
        var name = new Option<string>("--name") { Description = "Anzeigename", Required = true };
        var role = new Option<string>("--role") { Description = "Rolle: Admin, Coordinator, QualityReviewer, ProcessManager, Expert", Required = true };
        var password = new Option<string>("--password") { Description = "Passwort (mindestens 10 Zeichen); sonst aus WERKSTATT_PASSWORD" };
        var network = new Option<string?>("--network") { Description = "Name des Netzwerks (nötig, wenn es mehrere gibt)" };
        var member = new Option<string?>("--member") { Description = "Name der Verwaltung (für Prozessmanager:innen und Fachexpert:innen)" };
        var add = new Command("add", "Legt eine Person mit Anmeldung an.") { email, name, role, password, network, member };
        add.SetAction(async (parse, cancellationToken) => await Run(async services =>
        {
            if (!Roles.TryParse(parse.GetValue(role), out var parsedRole))
            {
                return Fail($"Unbekannte Rolle „{parse.GetValue(role)}“. Möglich: {string.Join(", ", Enum.GetNames<Role>())}.");
            }

            var secret = parse.GetValue(password) ?? Environment.GetEnvironmentVariable("WERKSTATT_PASSWORD");
            if (string.IsNullOrEmpty(secret))
            {
                return Fail("Bitte ein Passwort mit --password oder in WERKSTATT_PASSWORD angeben.");
            }

            var db = services.GetRequiredService<WerkstattDbContext>();
            var networkName = parse.GetValue(network);
            var networks = await db.Networks.ToListAsync(cancellationToken);
            var target = networkName is null
                ? (networks.Count == 1 ? networks[0] : null)
                : networks.FirstOrDefault(n => string.Equals(n.Name, networkName, StringComparison.OrdinalIgnoreCase));
            if (target is null)
            {
                return Fail(networks.Count == 0
                    ? "Es gibt noch kein Netzwerk. Bitte zuerst eines anlegen: network add \"Name\" --state NW"
                    : "Bitte das Netzwerk mit --network angeben: " + string.Join(", ", networks.Select(n => n.Name)));
            }

            MemberId? memberId = null;
            if (parse.GetValue(member) is { } memberName)
            {
                var found = await db.Members.Where(m => m.NetworkId == target.Id).ToListAsync(cancellationToken);
                var match = found.FirstOrDefault(m => string.Equals(m.Name, memberName, StringComparison.OrdinalIgnoreCase));
                if (match is null)
                {
                    return Fail($"Die Verwaltung „{memberName}“ gibt es im Netzwerk „{target.Name}“ nicht.");
                }

                memberId = match.Id;
            }

            Person person;
            try
            {
                person = Person.Create(target.Id, memberId, parse.GetValue(name)!, parse.GetValue(email)!, null);
                person.EnsureCanHold(parsedRole);
            }
            catch (DomainRuleViolation violation)
            {
                return Fail(violation.Message);
            }

            if (await db.People.AnyAsync(p => p.NetworkId == target.Id && p.Email == person.Email, cancellationToken))
            {
                return Fail($"Die E-Mail-Adresse {person.Email} ist bereits erfasst.");
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.People.Add(person);
            await db.SaveChangesAsync(cancellationToken);
            var login = await services.GetRequiredService<AccountService>().CreateLoginAsync(person, parsedRole, secret, cancellationToken);
            if (!login.IsSuccess)
            {
                await transaction.RollbackAsync(cancellationToken);
                return Fail(login.Error.Message);
            }

            await transaction.CommitAsync(cancellationToken);
            Console.WriteLine($"Angelegt: {person.Name} <{person.Email}> als {parsedRole.GermanName()}.");
            return 0;
        }));

        var resetEmail = new Option<string>("--email") { Description = "E-Mail-Adresse des Kontos", Required = true };
        var resetPassword = new Option<string>("--password") { Description = "Neues Passwort; sonst aus WERKSTATT_PASSWORD" };
        var reset = new Command("reset-password", "Setzt das Passwort eines Kontos neu und hebt eine Sperre auf.") { resetEmail, resetPassword };
        reset.SetAction(async (parse, _) => await Run(async services =>
        {
            var secret = parse.GetValue(resetPassword) ?? Environment.GetEnvironmentVariable("WERKSTATT_PASSWORD");
            if (string.IsNullOrEmpty(secret))
            {
                return Fail("Bitte ein Passwort mit --password oder in WERKSTATT_PASSWORD angeben.");
            }

            var result = await services.GetRequiredService<AccountService>().ResetPasswordAsync(parse.GetValue(resetEmail)!, secret);
            if (!result.IsSuccess)
            {
                return Fail(result.Error.Message);
            }

            Console.WriteLine($"Passwort für {result.Value.Email} neu gesetzt.");
            return 0;
        }));

        var command = new Command("user", "Konten verwalten.");
        command.Subcommands.Add(add);
        command.Subcommands.Add(reset);
        return command;
    }

    private static Command SchemaVerbs()
    {
        var provider = new Option<string>("--provider") { Description = "sqlite oder postgres", DefaultValueFactory = _ => "sqlite" };
        var script = new Command("script", "Gibt das SQL aus, das das aktuelle Datenmodell vollständig anlegt (Hilfe beim Schreiben einer Migration).") { provider };
        script.SetAction(parse =>
        {
            using var db = DesignTimeContexts.Create(parse.GetValue(provider)!);
            Console.WriteLine(db.Database.GenerateCreateScript());
            return 0;
        });
        var command = new Command("schema", "Datenbankschema (für Entwickler:innen).");
        command.Subcommands.Add(script);
        return command;
    }

    internal static async Task<int> Run(Func<IServiceProvider, Task<int>> action, bool initialize = true)
    {
        try
        {
            using var host = CliHost.Build();
            await using var scope = host.Services.CreateAsyncScope();
            if (initialize)
            {
                await DatabaseInitializer.InitializeAsync(host.Services, seedDemo: false);
            }

            return await action(scope.ServiceProvider);
        }
        catch (Exception ex) when (ex is InvalidOperationException or DbUpdateException or Microsoft.Extensions.Options.OptionsValidationException or System.Data.Common.DbException)
        {
            return Fail($"Fehler: {ex.Message}");
        }
    }

    internal static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }
}
