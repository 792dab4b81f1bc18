using System.Text.Json;
using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Cli.AssignmentFiles;

/// <summary>
/// Reads the JSON instance of <c>assignment solve</c> (docs/assignment.md) into an <see cref="AssignmentProblem"/>.
/// It checks the shape only – types, required fields, known names – and leaves the rules (ids, capacities, claims)
/// to the solver's validation. Every refusal names the place, e.g. <c>members[2].capacity</c>.
/// </summary>
internal static class AssignmentInstanceReader
{
    public static AssignmentProblem Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new AssignmentFileException($"Die Datei „{path}“ gibt es nicht.");
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Skip });
            return Problem(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw new AssignmentFileException($"Die Datei „{path}“ ist kein gültiges JSON (Zeile {(ex.LineNumber ?? 0) + 1}, Zeichen {(ex.BytePositionInLine ?? 0) + 1}).");
        }
        catch (IOException ex)
        {
            throw new AssignmentFileException($"Die Datei „{path}“ kann nicht gelesen werden: {ex.Message}");
        }
        catch (UnauthorizedAccessException)
        {
            throw new AssignmentFileException($"Keine Berechtigung, die Datei „{path}“ zu lesen.");
        }
    }

    private static AssignmentProblem Problem(JsonElement root)
    {
        Expect(root, JsonValueKind.Object, "Die Datei", "ein JSON-Objekt mit „members“ und „processes“");
        Known(root, "Die Datei", "members", "processes", "bids", "claims");
        return new AssignmentProblem(
            List(root, "members", required: true, Member),
            List(root, "processes", required: true, Process),
            List(root, "bids", required: false, Bid),
            List(root, "claims", required: false, Claim));
    }

    private static SolverMember Member(JsonElement e, string at)
    {
        Known(e, at, "id", "level", "capacity", "history", "runs");
        var (assigned, offered) = (0, 0);
        if (Optional(e, "history") is { } history)
        {
            Expect(history, JsonValueKind.Object, at + ".history", "ein Objekt mit „assigned“ und „offered“");
            Known(history, at + ".history", "assigned", "offered");
            assigned = Optional(history, "assigned") is { } a ? Integer(a, at + ".history.assigned") : 0;
            offered = Optional(history, "offered") is { } o ? Integer(o, at + ".history.offered") : 0;
        }

        HashSet<string>? runs = null;
        if (Optional(e, "runs") is { } list)
        {
            Expect(list, JsonValueKind.Array, at + ".runs", "eine Liste von Prozesskennungen");
            runs = new HashSet<string>(StringComparer.Ordinal);
            var i = 0;
            foreach (var id in list.EnumerateArray())
            {
                // National files list millions of ids: build the error path only when it is needed.
                runs.Add(id.ValueKind == JsonValueKind.String ? id.GetString()! : String(id, $"{at}.runs[{i}]"));
                i++;
            }
        }

        return new SolverMember(String(Required(e, "id", at), at + ".id"), Level(Required(e, "level", at), at + ".level"), Integer(Required(e, "capacity", at), at + ".capacity"), assigned, offered, runs);
    }

    private static SolverProcess Process(JsonElement e, string at)
    {
        Known(e, at, "id", "slots", "levels", "crossesLevels");
        var levelList = Required(e, "levels", at);
        Expect(levelList, JsonValueKind.Array, at + ".levels", "eine Liste von Ebenen (Kreis, Stadt, Gemeinde)");
        var levels = new HashSet<MemberLevel>();
        var i = 0;
        foreach (var level in levelList.EnumerateArray())
        {
            levels.Add(Level(level, $"{at}.levels[{i++}]"));
        }

        var crosses = false;
        if (Optional(e, "crossesLevels") is { } flag)
        {
            crosses = flag.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw new AssignmentFileException($"{at}.crossesLevels muss true oder false sein."),
            };
        }

        return new SolverProcess(String(Required(e, "id", at), at + ".id"), Integer(Required(e, "slots", at), at + ".slots"), levels, crosses);
    }

    private static SolverBid Bid(JsonElement e, string at)
    {
        Known(e, at, "member", "process", "bid");
        var text = String(Required(e, "bid", at), at + ".bid");
        Bid bid = text.ToUpperInvariant() switch
        {
            "WANT" => Domain.Assignment.Bid.Want,
            "CAN" => Domain.Assignment.Bid.Can,
            "RATHERNOT" => Domain.Assignment.Bid.RatherNot,
            "NOTAPPLICABLE" => Domain.Assignment.Bid.NotApplicable,
            _ => throw new AssignmentFileException($"Unbekanntes Gebot „{text}“ bei {at}.bid (möglich: want, can, ratherNot, notApplicable)."),
        };
        return new SolverBid(String(Required(e, "member", at), at + ".member"), String(Required(e, "process", at), at + ".process"), bid);
    }

    private static SolverClaim Claim(JsonElement e, string at)
    {
        Known(e, at, "member", "process");
        return new SolverClaim(String(Required(e, "member", at), at + ".member"), String(Required(e, "process", at), at + ".process"));
    }

    private static List<T> List<T>(JsonElement parent, string name, bool required, Func<JsonElement, string, T> read)
    {
        var list = new List<T>();
        var element = required ? Required(parent, name, "Die Datei") : Optional(parent, name);
        if (element is not { } array)
        {
            return list;
        }

        Expect(array, JsonValueKind.Array, name, "eine Liste");
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var at = $"{name}[{i++}]";
            Expect(item, JsonValueKind.Object, at, "ein Objekt");
            list.Add(read(item, at));
        }

        return list;
    }

    private static MemberLevel Level(JsonElement e, string at)
    {
        var text = String(e, at);
        foreach (var level in Enum.GetValues<MemberLevel>())
        {
            if (string.Equals(level.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return level;
            }
        }

        throw new AssignmentFileException($"Unbekannte Ebene „{text}“ bei {at} (möglich: Kreis, Stadt, Gemeinde).");
    }

    private static string String(JsonElement e, string at) =>
        e.ValueKind == JsonValueKind.String ? e.GetString()! : throw new AssignmentFileException($"{at} muss ein Text sein.");

    private static int Integer(JsonElement e, string at) =>
        e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var value) ? value : throw new AssignmentFileException($"{at} muss eine ganze Zahl sein.");

    private static JsonElement Required(JsonElement parent, string name, string at) =>
        Optional(parent, name) ?? throw new AssignmentFileException($"{(at == "Die Datei" ? "In der Datei" : "Bei " + at)} fehlt „{name}“.");

    private static JsonElement? Optional(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static void Expect(JsonElement e, JsonValueKind kind, string at, string what)
    {
        if (e.ValueKind != kind)
        {
            throw new AssignmentFileException($"{at} muss {what} sein.");
        }
    }

    private static void Known(JsonElement e, string at, params string[] names)
    {
        foreach (var property in e.EnumerateObject())
        {
            if (!names.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new AssignmentFileException($"Unbekanntes Feld „{property.Name}“ in {at} (erlaubt: {string.Join(", ", names)}).");
            }
        }
    }
}
