using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Service.Operations;

namespace Werkstatt.Service.Cli;

/// <summary>backup FILE / restore FILE [--force]: the configured database, either provider.</summary>
internal static partial class Commands
{
    private static Command BackupVerb()
    {
        var file = new Argument<string>("datei") { Description = "Zieldatei, z. B. /var/backups/werkstatt-2026-11-22.dump" };
        var command = new Command("backup", "Sichert die Datenbank im laufenden Betrieb (PostgreSQL: pg_dump -Fc; SQLite: Online-Backup).") { file };
        command.SetAction(async (parse, cancellationToken) => await Run(
            async services =>
            {
                await services.GetRequiredService<BackupService>().BackupAsync(parse.GetValue(file)!, Console.Out, cancellationToken);
                return 0;
            },
            initialize: false));
        return command;
    }

    private static Command RestoreVerb()
    {
        var file = new Argument<string>("datei") { Description = "Eine mit „backup“ erstellte Sicherung" };
        var force = new Option<bool>("--force") { Description = "Auch wiederherstellen, wenn andere Instanzen zu laufen scheinen (PostgreSQL: deren Verbindungen werden getrennt)" };
        var command = new Command("restore", "Ersetzt die gesamte Datenbank durch eine Sicherung. Vorher Web-Anwendung und Worker stoppen.") { file, force };
        command.SetAction(async (parse, cancellationToken) => await Run(
            async services =>
            {
                await services.GetRequiredService<BackupService>().RestoreAsync(parse.GetValue(file)!, parse.GetValue(force), Console.Out, cancellationToken);
                return 0;
            },
            initialize: false));
        return command;
    }
}
