using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Common;
using Werkstatt.Service.Dossiers;
using Werkstatt.Service.Dossiers.Samples;
using Werkstatt.Service.Dossiers.Writer;

namespace Werkstatt.Service.Cli;

/// <summary>
/// <c>dossier build WERKSTATT_ID --out FILE.pdf</c>: the pre-read dossier from the database (as the job builds it, but
/// not stored). <c>dossier sample --out FILE.pdf</c>: a filled example without a database, to look at the layout.
/// </summary>
internal static partial class Commands
{
    private static Command DossierVerbs()
    {
        var id = new Argument<Guid>("werkstatt") { Description = "Kennung der Werkstatt (siehe „werkstatt list“)" };
        var output = new Option<string>("--out") { Description = "Zieldatei, z. B. vorabunterlagen.pdf", Required = true };
        var build = new Command("build", "Erstellt die Vorabunterlagen einer Werkstatt als PDF.") { id, output };
        build.SetAction(async (parse, cancellationToken) => await Run(async services =>
        {
            var watch = Stopwatch.StartNew();
            var content = await services.GetRequiredService<DossierAssembler>().AssembleAsync(Actor.System, new WerkstattId(parse.GetValue(id)), null, cancellationToken);
            if (!content.IsSuccess)
            {
                return Fail(content.Error.Message);
            }

            return WritePdf(content.Value, parse.GetValue(output)!, watch);
        }));

        var processes = new Option<int>("--processes") { Description = "Anzahl der Prozesse", DefaultValueFactory = _ => 3 };
        var sampleOutput = new Option<string>("--out") { Description = "Zieldatei", Required = true };
        var sample = new Command("sample", "Schreibt Beispiel-Vorabunterlagen (ohne Datenbank).") { processes, sampleOutput };
        sample.SetAction(parse => WritePdf(SampleDossiers.Create(Math.Clamp(parse.GetValue(processes), 1, 200), 12, DateTimeOffset.UtcNow), parse.GetValue(sampleOutput)!, Stopwatch.StartNew()));

        var command = new Command("dossier", "Vorabunterlagen (PDF).");
        command.Subcommands.Add(build);
        command.Subcommands.Add(sample);
        return command;
    }

    private static int WritePdf(Dossiers.Content.DossierContent content, string path, Stopwatch watch)
    {
        int pages;
        using (var file = File.Create(path))
        {
            pages = DossierWriter.Write(content, file);
        }

        Console.WriteLine($"Geschrieben: {Path.GetFullPath(path)} ({pages} Seiten, {new FileInfo(path).Length / 1024} KB, {watch.ElapsedMilliseconds} ms).");
        return 0;
    }
}
