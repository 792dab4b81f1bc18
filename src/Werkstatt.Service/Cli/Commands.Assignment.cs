using System.CommandLine;
using System.Diagnostics;
using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Common;
using Werkstatt.Service.Cli.AssignmentFiles;

namespace Werkstatt.Service.Cli;

/// <summary>
/// <c>assignment solve INSTANCE.json</c>: the assignment solver on a file, for coordinators' what-ifs and for
/// measuring. It reads only the file – no configuration, no database.
/// </summary>
internal static partial class Commands
{
    private static Command AssignmentVerbs()
    {
        var file = new Argument<string>("datei") { Description = "Instanz als JSON (Format: docs/assignment.md)" };
        var solve = new Command("solve", "Berechnet die Zuteilung einer Instanz und gibt sie als JSON aus (ohne Datenbank).") { file };
        solve.SetAction(parse => SolveFile(parse.GetValue(file)!));
        var command = new Command("assignment", "Zuteilung der Prozesse an die Verwaltungen.");
        command.Subcommands.Add(solve);
        return command;
    }

    private static int SolveFile(string path)
    {
        AssignmentSolution solution;
        var watch = Stopwatch.StartNew();
        try
        {
            var problem = AssignmentInstanceReader.Read(path);
            watch.Restart();
            solution = AssignmentSolver.Solve(problem);
            watch.Stop();
        }
        catch (AssignmentFileException ex)
        {
            return Fail(ex.Message);
        }
        catch (DomainRuleViolation violation)
        {
            return Fail($"Ungültige Instanz: {violation.Message}");
        }

        using var stdout = Console.OpenStandardOutput();
        AssignmentSolutionWriter.Write(stdout, solution, watch.Elapsed);
        stdout.Write("\n"u8);
        return 0;
    }
}
