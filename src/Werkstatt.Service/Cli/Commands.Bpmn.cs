using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Werkstatt.Service.Bpmn;
using Werkstatt.Service.Bpmn.Import;
using Werkstatt.Service.Bpmn.Layout;
using Werkstatt.Service.Bpmn.Svg;

namespace Werkstatt.Service.Cli;

/// <summary>
/// <c>bpmn inspect FILE [--svg OUT.svg]</c>: imports a BPMN file like an upload would, prints a JSON summary and
/// optionally writes the drawing (further diagrams as OUT-2.svg, …). Exit code 2 for a refused file. No database.
/// </summary>
internal static partial class Commands
{
    private static readonly JsonSerializerOptions InspectJson = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    private static Command BpmnVerbs()
    {
        var file = new Argument<string>("datei") { Description = "BPMN-2.0-XML-Datei (.bpmn, .xml)" };
        var svg = new Option<string?>("--svg") { Description = "Zeichnung als SVG in diese Datei schreiben" };
        var inspect = new Command("inspect", "Liest eine BPMN-Datei wie beim Hochladen und gibt eine Zusammenfassung als JSON aus (ohne Datenbank).") { file, svg };
        inspect.SetAction(parse => InspectBpmn(parse.GetValue(file)!, parse.GetValue(svg)));
        var command = new Command("bpmn", "BPMN-Modelle prüfen.");
        command.Subcommands.Add(inspect);
        return command;
    }

    private static int InspectBpmn(string path, string? svgPath)
    {
        BpmnImportResult result;
        try
        {
            using var stream = File.OpenRead(path);
            result = BpmnImporter.Import(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail($"Die Datei „{path}“ kann nicht gelesen werden: {ex.Message}");
        }

        var inspection = BpmnInspection.Of(result);
        Console.WriteLine(JsonSerializer.Serialize(inspection, InspectJson));
        if (!result.Succeeded)
        {
            Console.Error.WriteLine(result.Refusal.Message);
            return 2;
        }

        if (svgPath is not null)
        {
            var drawings = BpmnDrawingBuilder.BuildAll(result.Model);
            if (drawings.Count == 0)
            {
                Console.Error.WriteLine("Die Datei enthält keine Diagramminformationen; es wurde keine SVG-Datei geschrieben.");
                return 0;
            }

            var highlight = inspection.Findings.SelectMany(f => f.ElementIds).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < drawings.Count; i++)
            {
                var target = i == 0 ? svgPath : Path.Combine(Path.GetDirectoryName(svgPath) ?? string.Empty, $"{Path.GetFileNameWithoutExtension(svgPath)}-{i + 1}{Path.GetExtension(svgPath)}");
                File.WriteAllText(target, SvgWriter.Write(drawings[i], new SvgOptions { Highlight = highlight }));
            }
        }

        return 0;
    }
}
