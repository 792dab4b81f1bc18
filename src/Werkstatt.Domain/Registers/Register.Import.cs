using Werkstatt.Domain.Common;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Registers.Rules;

namespace Werkstatt.Domain.Registers;

/// <summary>
/// Import of a whole file: every row is checked first; with one bad row nothing changes. Rows with a known
/// <c>Kennung</c> update that entry, rows without one add own processes, entries missing from the file stay as they are.
/// </summary>
public sealed partial class Register
{
    public int Import(IReadOnlyList<RegisterRow> rows, IReadOnlyList<string> customColumns, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(customColumns);
        var problems = new List<ImportProblem>();
        var definitions = new Dictionary<string, AttributeDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in customColumns)
        {
            var definition = _definitions.FirstOrDefault(d => string.Equals(d.Name, column, StringComparison.OrdinalIgnoreCase));
            if (definition is null)
            {
                problems.Add(new ImportProblem(1, $"Die Spalte „{column}“ ist weder eine Standardspalte noch ein Merkmal dieses Registers."));
            }
            else
            {
                definitions[column] = definition;
            }
        }

        var byId = _entries.ToDictionary(e => e.Id);
        var seen = new HashSet<Guid>();
        var planned = new List<(RegisterRow Row, RegisterEntry? Entry, Planned Values)>();
        foreach (var row in rows)
        {
            RegisterEntry? entry = null;
            if (!string.IsNullOrWhiteSpace(row.Id))
            {
                if (!Guid.TryParse(row.Id.Trim(), out var id) || !byId.TryGetValue(id, out entry))
                {
                    problems.Add(new ImportProblem(row.Line, "Die Kennung gehört zu keinem Eintrag dieses Registers; für neue Prozesse bitte leer lassen."));
                    continue;
                }

                if (!seen.Add(id))
                {
                    problems.Add(new ImportProblem(row.Line, "Diese Kennung steht mehrfach in der Datei."));
                    continue;
                }
            }

            var values = Check(row, entry, definitions, problems);
            if (values is not null)
            {
                planned.Add((row, entry, values));
            }
        }

        if (_entries.Count + planned.Count(p => p.Entry is null) > MaxEntries)
        {
            problems.Add(new ImportProblem(1, new RegisterSizeIsLimitedRule(int.MaxValue).Message));
        }

        if (problems.Count > 0)
        {
            throw new RegisterImportViolation(problems.OrderBy(p => p.Line).ToList());
        }

        foreach (var (_, existing, values) in planned)
        {
            var entry = existing;
            if (entry is null)
            {
                entry = new RegisterEntry(Guid.CreateVersion7(), null, values.Group, values.Name, values.Leika, values.Description, NextPosition());
                _entries.Add(entry);
            }

            entry.Group = values.Group;
            entry.Name = values.Name;
            entry.LeikaKey = values.Leika;
            entry.Description = values.Description;
            entry.IsStruck = values.StrikeReason is not null;
            entry.StrikeReason = values.StrikeReason;
            entry.OwnerUnit = values.Unit;
            entry.ResponsiblePerson = values.Person;
            entry.CaseVolume = values.Attributes.CaseVolume;
            entry.Priority = values.Attributes.Priority;
            entry.Status = values.Attributes.Status;
            entry.LibraryEntryId = values.Library;
            entry.Values = values.Custom;
        }

        Touch(now, by);
        return planned.Count;
    }

    private static Planned? Check(RegisterRow row, RegisterEntry? entry, Dictionary<string, AttributeDefinition> definitions, List<ImportProblem> problems)
    {
        var before = problems.Count;
        T? Try<T>(Func<T> read)
        {
            try
            {
                return read();
            }
            catch (DomainRuleViolation violation)
            {
                problems.Add(new ImportProblem(row.Line, violation.Message));
                return default;
            }
        }

        var group = Try(() => CheckGroup(row.Group));
        var name = Try(() => CheckName(row.Name));
        var leika = Try(() => LeikaKey.Optional(row.LeikaKey));
        var description = Try(() => CheckDescription(row.Description));
        string? strikeReason = null;
        var struck = row.Struck?.Trim() ?? string.Empty;
        if (struck.Equals("ja", StringComparison.OrdinalIgnoreCase) || struck.Equals("x", StringComparison.OrdinalIgnoreCase))
        {
            strikeReason = Try(() => Text.Required(row.StrikeReason, RegisterEntry.ReasonMaxLength, "StrikeReason", "Der Grund der Streichung"));
        }
        else if (struck.Length > 0 && !struck.Equals("nein", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new ImportProblem(row.Line, "Gestrichen muss „ja“ oder „nein“ sein."));
        }

        int? caseVolume = null;
        var volume = row.CaseVolume?.Trim() ?? string.Empty;
        if (volume.Length > 0)
        {
            if (int.TryParse(volume, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.GetCultureInfo("de-DE"), out var parsed))
            {
                caseVolume = parsed;
            }
            else
            {
                problems.Add(new ImportProblem(row.Line, "Fallzahl ist keine ganze Zahl."));
            }
        }

        RegisterPriority? priority = null;
        if (!string.IsNullOrWhiteSpace(row.Priority))
        {
            if (RegisterNames.TryParsePriority(row.Priority, out var p))
            {
                priority = p;
            }
            else
            {
                problems.Add(new ImportProblem(row.Line, "Priorität muss „hoch“, „mittel“ oder „niedrig“ sein."));
            }
        }

        var status = ProcessStatus.Recorded;
        if (!string.IsNullOrWhiteSpace(row.Status) && !RegisterNames.TryParseStatus(row.Status, out status))
        {
            problems.Add(new ImportProblem(row.Line, "Status muss „erfasst“, „modelliert“, „optimiert“ oder „digitalisiert“ sein."));
        }

        var attributes = new EntryAttributes(row.OwnerUnit, row.ResponsiblePerson, caseVolume, priority, status, row.LibraryEntryId);
        var checkedAttributes = Try(() => CheckAttributes(attributes));
        var custom = Try(() => Merge(
            entry?.Values.Where(v => !definitions.Values.Any(d => d.Id == v.Key)).ToDictionary(v => v.Key, v => v.Value) ?? new Dictionary<Guid, string>(),
            definitions.Select(d => (d.Value, row.Custom.GetValueOrDefault(d.Key)))));
        return problems.Count > before
            ? null
            : new Planned(group!, name!, leika, description, strikeReason, checkedAttributes.Unit, checkedAttributes.Person, checkedAttributes.Library, attributes, custom!);
    }

    private sealed record Planned(
        string Group, string Name, LeikaKey? Leika, string? Description, string? StrikeReason, string? Unit, string? Person, string? Library,
        EntryAttributes Attributes, Dictionary<Guid, string> Custom);
}
