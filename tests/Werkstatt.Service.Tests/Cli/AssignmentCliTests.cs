using System.Diagnostics;
using System.Text.Json;

namespace Werkstatt.Service.Tests.Cli;

/// <summary>
/// <c>assignment solve FILE</c> as a real process. The environment points at a database that does not exist, so any
/// attempt to open one would fail: the verb reads the file only.
/// </summary>
public sealed class AssignmentCliTests : IDisposable
{
    private const string Valid = """
        {
          "members": [
            { "id": "kreis-wesel", "level": "Kreis", "capacity": 2, "history": { "assigned": 3, "offered": 6 } },
            { "id": "stadt-moers", "level": "Stadt", "capacity": 1, "history": { "assigned": 1, "offered": 4 } },
            { "id": "gemeinde-alpen", "level": "Gemeinde", "capacity": 1, "runs": ["hundesteuer"] }
          ],
          "processes": [
            { "id": "hundesteuer", "slots": 2, "levels": ["Kreis", "Stadt", "Gemeinde"], "crossesLevels": true },
            { "id": "bibliotheksausweis", "slots": 1, "levels": ["Stadt", "Gemeinde"] },
            { "id": "kfz-zulassung", "slots": 1, "levels": ["Stadt"] }
          ],
          "bids": [
            { "member": "stadt-moers", "process": "bibliotheksausweis", "bid": "want" },
            { "member": "kreis-wesel", "process": "hundesteuer", "bid": "ratherNot" }
          ],
          "claims": [ { "member": "gemeinde-alpen", "process": "hundesteuer" } ]
        }
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("werkstatt-assignment-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Assignment_solve_prints_assignments_unfilled_slots_and_the_objective_as_json()
    {
        var (code, output, error) = await RunAsync(Write(Valid));

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var assignments = root.GetProperty("assignments").EnumerateArray()
            .Select(a => $"{a.GetProperty("process").GetString()}:{a.GetProperty("member").GetString()}:{a.GetProperty("source").GetString()}")
            .ToList();
        Assert.Equal(["bibliotheksausweis:stadt-moers:solver", "hundesteuer:gemeinde-alpen:claim", "hundesteuer:kreis-wesel:solver"], assignments);
        Assert.Equal("Stadt stadt-moers: Wunsch geäußert; 1 von 1 Platz frei; bisher unterdurchschnittlich belastet (1 Zuteilung bei 5 angebotenen Plätzen)", root.GetProperty("assignments")[0].GetProperty("reason").GetString());
        var unfilled = Assert.Single(root.GetProperty("unfilled").EnumerateArray());
        Assert.Equal("kfz-zulassung", unfilled.GetProperty("process").GetString());
        Assert.Equal(1, unfilled.GetProperty("slots").GetInt32());
        Assert.Equal("keine Kapazität mehr frei (1 Verwaltung käme in Frage und ist ausgelastet)", unfilled.GetProperty("reason").GetString());
        var objective = root.GetProperty("objective");
        Assert.Equal((3, 1, 1), (objective.GetProperty("filled").GetInt32(), objective.GetProperty("wants").GetInt32(), objective.GetProperty("ratherNots").GetInt32()));
        Assert.True(objective.GetProperty("fairness").GetInt64() > 0);
        Assert.True(root.GetProperty("elapsedMs").GetDouble() >= 0);
    }

    [Theory]
    [InlineData("""{"members":[{"id":"a","level":"Stadt","capacity":1}],"processes":[{"id":"p","slots":1,"levels":["Stadt"]},{"id":"q","slots":1,"levels":["Stadt"]}],"claims":[{"member":"a","process":"p"},{"member":"a","process":"q"}]}""", "Ungültige Instanz: Die Verwaltung „a“ hat sich für 2 Prozesse gemeldet, aber nur Kapazität für 1.")]
    [InlineData("""{"members":[],"processes":[],"bids":[{"member":"x","process":"p","bid":"want"}]}""", "Ungültige Instanz: Ein Gebot nennt die unbekannte Verwaltung „x“.")]
    [InlineData("""{"members":[{"id":"a","level":"Stadt","capacity":-1}],"processes":[]}""", "Ungültige Instanz: Die Kapazität der Verwaltung „a“ darf nicht negativ sein (-1).")]
    [InlineData("""{"members":[{"id":"a","level":"Land","capacity":1}],"processes":[]}""", "Unbekannte Ebene „Land“ bei members[0].level (möglich: Kreis, Stadt, Gemeinde).")]
    [InlineData("""{"members":[{"id":"a","level":"Stadt","capacity":1.5}],"processes":[]}""", "members[0].capacity muss eine ganze Zahl sein.")]
    [InlineData("""{"members":[{"id":"a","level":"Stadt","capacitiy":1}],"processes":[]}""", "Unbekanntes Feld „capacitiy“ in members[0] (erlaubt: id, level, capacity, history, runs).")]
    [InlineData("""{"processes":[]}""", "In der Datei fehlt „members“.")]
    [InlineData("""{"members":[""", "ist kein gültiges JSON (Zeile 1, Zeichen 13).")]
    public async Task Assignment_solve_refuses_an_invalid_instance_with_a_german_message(string instance, string message)
    {
        var (code, output, error) = await RunAsync(Write(instance));

        Assert.NotEqual(0, code);
        Assert.Empty(output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assignment_solve_names_a_missing_file()
    {
        var path = Path.Combine(_directory, "fehlt.json");

        var (code, _, error) = await RunAsync(path);

        Assert.NotEqual(0, code);
        Assert.Contains($"Die Datei „{path}“ gibt es nicht.", error, StringComparison.Ordinal);
    }

    private string Write(string json)
    {
        var path = Path.Combine(_directory, $"{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string file)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Werkstatt.Service.dll"), "assignment", "solve", file })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Database__Provider"] = "postgres";
        start.Environment["ConnectionStrings__Werkstatt"] = "Host=127.0.0.1;Port=1;Username=nobody;Database=nothing;Timeout=1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
