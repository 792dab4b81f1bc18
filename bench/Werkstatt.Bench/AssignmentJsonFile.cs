using System.Globalization;
using System.Text.Json;
using Werkstatt.Domain.Assignment;

namespace Werkstatt.Bench;

/// <summary><c>-- assignment-json PATH [members]</c>: writes a national instance in the format of <c>assignment solve</c> (docs/assignment.md).</summary>
public static class AssignmentJsonFile
{
    public static void Write(string path, string[] args)
    {
        var members = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 11_000;
        var problem = AssignmentInstances.National(members);
        using (var stream = File.Create(path))
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteStartArray("members");
            foreach (var m in problem.Members)
            {
                json.WriteStartObject();
                json.WriteString("id", m.Id);
                json.WriteString("level", m.Level.ToString());
                json.WriteNumber("capacity", m.Capacity);
                json.WriteStartObject("history");
                json.WriteNumber("assigned", m.HistoryAssigned);
                json.WriteNumber("offered", m.HistoryOffered);
                json.WriteEndObject();
                if (m.Runs is { } runs)
                {
                    json.WriteStartArray("runs");
                    foreach (var id in runs.Order(StringComparer.Ordinal))
                    {
                        json.WriteStringValue(id);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("processes");
            foreach (var p in problem.Processes)
            {
                json.WriteStartObject();
                json.WriteString("id", p.Id);
                json.WriteNumber("slots", p.Slots);
                json.WriteStartArray("levels");
                foreach (var level in p.Levels.Order())
                {
                    json.WriteStringValue(level.ToString());
                }

                json.WriteEndArray();
                json.WriteBoolean("crossesLevels", p.CrossesLevels);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("bids");
            foreach (var b in problem.Bids)
            {
                json.WriteStartObject();
                json.WriteString("member", b.Member);
                json.WriteString("process", b.Process);
                json.WriteString("bid", b.Bid switch { Bid.Want => "want", Bid.Can => "can", Bid.RatherNot => "ratherNot", _ => "notApplicable" });
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("claims");
            foreach (var c in problem.Claims)
            {
                json.WriteStartObject();
                json.WriteString("member", c.Member);
                json.WriteString("process", c.Process);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        Console.WriteLine($"{path}: {problem.Members.Count} Verwaltungen, {problem.Processes.Count} Prozesse, {problem.Bids.Count} Gebote, {problem.Claims.Count} Meldungen, {new FileInfo(path).Length / 1024} KiB");
    }
}
