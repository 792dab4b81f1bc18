using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Library;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Cli;

/// <summary><c>library import FOLDER --network ID</c>: onboarding a network's existing BPMN files into its library.</summary>
internal static partial class Commands
{
    private static Command LibraryVerbs()
    {
        var folder = new Argument<string>("folder") { Description = "Ordner mit BPMN-Dateien (.bpmn, .bpmn2, .xml)" };
        var network = new Option<string>("--network") { Description = "Kennung oder Name des Netzwerks", Required = true };
        var import = new Command("import", "Übernimmt die BPMN-Dateien eines Ordners in die Prozessbibliothek eines Netzwerks (schon vorhandene Dateien werden übersprungen).") { folder, network };
        import.SetAction(async (parse, cancellationToken) => await Run(async services =>
        {
            var given = parse.GetValue(network)!;
            var db = services.GetRequiredService<WerkstattDbContext>();
            var networks = await db.Networks.AsNoTracking().ToListAsync(cancellationToken);
            var target = networks.FirstOrDefault(n => Guid.TryParse(given, out var id) && n.Id == new NetworkId(id))
                ?? networks.FirstOrDefault(n => string.Equals(n.Name, given, StringComparison.OrdinalIgnoreCase));
            if (target is null)
            {
                return Fail($"Das Netzwerk „{given}“ gibt es nicht.");
            }

            var result = await services.GetRequiredService<LibraryOnboarding>().ImportFolderAsync(Actor.System, target.Id, parse.GetValue(folder)!, cancellationToken);
            if (!result.IsSuccess)
            {
                return Fail(result.Error.Message);
            }

            var report = result.Value;
            foreach (var (file, entry) in report.Imported)
            {
                Console.WriteLine($"Übernommen: {file} → {entry}");
            }

            foreach (var file in report.AlreadyThere)
            {
                Console.WriteLine($"Schon vorhanden: {file}");
            }

            foreach (var (file, reason) in report.Refused)
            {
                Console.Error.WriteLine($"Abgelehnt: {file}: {reason}");
            }

            Console.WriteLine($"{report.Imported.Count} übernommen, {report.AlreadyThere.Count} schon vorhanden, {report.Refused.Count} abgelehnt.");
            return report.Refused.Count == 0 ? 0 : 2;
        }));

        var command = new Command("library", "Prozessbibliothek.");
        command.Subcommands.Add(import);
        return command;
    }
}
