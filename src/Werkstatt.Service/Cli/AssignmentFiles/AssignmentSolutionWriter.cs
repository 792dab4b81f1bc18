using System.Text.Encodings.Web;
using System.Text.Json;
using Werkstatt.Domain.Assignment;

namespace Werkstatt.Service.Cli.AssignmentFiles;

/// <summary>Writes a solution as the JSON of <c>assignment solve</c> (docs/assignment.md), German text unescaped.</summary>
internal static class AssignmentSolutionWriter
{
    public static void Write(Stream stream, AssignmentSolution solution, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(solution);
        // The output goes to a terminal or a file, never into HTML, so umlauts and „quotes“ stay readable.
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartArray("assignments");
        foreach (var a in solution.Assignments)
        {
            json.WriteStartObject();
            json.WriteString("process", a.Process);
            json.WriteString("member", a.Member);
            json.WriteString("source", a.Source == AssignmentSource.Claim ? "claim" : "solver");
            json.WriteString("reason", a.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("unfilled");
        foreach (var u in solution.Unfilled)
        {
            json.WriteStartObject();
            json.WriteString("process", u.Process);
            json.WriteNumber("slots", u.Slots);
            json.WriteString("reason", u.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("objective");
        json.WriteNumber("filled", solution.Objective.Filled);
        json.WriteNumber("wants", solution.Objective.Wants);
        json.WriteNumber("ratherNots", solution.Objective.RatherNots);
        json.WriteNumber("fairness", solution.Objective.Fairness);
        json.WriteEndObject();
        json.WriteNumber("elapsedMs", Math.Round(elapsed.TotalMilliseconds, 3));
        json.WriteEndObject();
    }
}
