using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Calendar;
using Werkstatt.Service.Common;
using Werkstatt.Service.Networks;

namespace Werkstatt.Service.Cli;

/// <summary>Network verbs: a fresh production install starts with <c>network add</c>, then <c>user add --role Admin</c>.</summary>
internal static partial class Commands
{
    private static Command NetworkVerbs()
    {
        var name = new Argument<string>("name") { Description = "Name des Netzwerks, z. B. \"Prozessmanagement@Niederrhein\"" };
        var state = new Option<string>("--state") { Description = "Bundesland für die Feiertage (z. B. NW, Nordrhein-Westfalen)", Required = true };
        var add = new Command("add", "Legt ein Netzwerk an.") { name, state };
        add.SetAction(async (parse, cancellationToken) => await Run(async services =>
        {
            if (!FederalStates.TryParse(parse.GetValue(state)!, out var federalState))
            {
                return Fail($"Unbekanntes Bundesland „{parse.GetValue(state)}“ (z. B. NW oder Nordrhein-Westfalen).");
            }

            var created = await services.GetRequiredService<NetworkService>().CreateAsync(Actor.System, parse.GetValue(name)!, federalState, cancellationToken);
            if (!created.IsSuccess)
            {
                return Fail(created.Error.Message);
            }

            Console.WriteLine($"Angelegt: {created.Value.Name} ({federalState.GermanName()}), Kennung {created.Value.Id}.");
            return 0;
        }));

        var list = new Command("list", "Listet die Netzwerke.");
        list.SetAction(async (_, cancellationToken) => await Run(async services =>
        {
            foreach (var network in await services.GetRequiredService<NetworkService>().ListAsync(Actor.System, cancellationToken))
            {
                Console.WriteLine($"{network.Id}\t{network.Name}\t{network.FederalState.GermanName()}");
            }

            return 0;
        }));

        var command = new Command("network", "Netzwerke verwalten.");
        command.Subcommands.Add(add);
        command.Subcommands.Add(list);
        return command;
    }
}
