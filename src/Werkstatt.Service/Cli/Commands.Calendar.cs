using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Common;
using Werkstatt.Service.Invitations;

namespace Werkstatt.Service.Cli;

/// <summary><c>calendar export WERKSTATT_ID --out DIR</c>: the invitation mails (.eml) the participants get, without sending them.</summary>
internal static partial class Commands
{
    private static Command CalendarVerbs()
    {
        var id = new Argument<string>("werkstatt") { Description = "Kennung der Werkstatt (siehe „werkstatt list“)" };
        var output = new Option<string>("--out") { Description = "Ordner für die .eml-Dateien", Required = true };
        var export = new Command("export", "Schreibt die Einladungen (.eml mit iCalendar) der Teilnehmenden in einen Ordner, ohne sie zu senden.") { id, output };
        export.SetAction(async (parse, cancellationToken) => await Run(async services =>
        {
            if (!WerkstattId.TryParse(parse.GetValue(id), out var werkstattId))
            {
                return Fail($"„{parse.GetValue(id)}“ ist keine Kennung einer Werkstatt.");
            }

            var result = await services.GetRequiredService<InvitationExport>().ExportAsync(Actor.System, werkstattId, parse.GetValue(output)!, cancellationToken);
            if (!result.IsSuccess)
            {
                return Fail(result.Error.Message);
            }

            foreach (var file in result.Value)
            {
                Console.WriteLine(file);
            }

            Console.WriteLine(result.Value.Count == 0 ? "Keine Teilnehmenden: keine Einladungen." : $"{result.Value.Count} Nachrichten geschrieben.");
            return 0;
        }));

        var command = new Command("calendar", "Einladungen und Kalender.");
        command.Subcommands.Add(export);
        return command;
    }
}
