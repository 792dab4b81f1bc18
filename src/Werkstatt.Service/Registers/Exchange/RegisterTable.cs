using System.Globalization;
using Werkstatt.Domain.Registers;

namespace Werkstatt.Service.Registers.Exchange;

/// <summary>A register as a table of text (header + one row per entry) and back to rows for the import; shared by CSV and Excel.</summary>
public static class RegisterTable
{
    public static IReadOnlyList<string> Header(Register register)
    {
        ArgumentNullException.ThrowIfNull(register);
        return [.. RegisterColumns.Standard, .. register.Definitions.OrderBy(d => d.Position).Select(d => d.Name)];
    }

    public static IEnumerable<IReadOnlyList<string>> Rows(Register register)
    {
        ArgumentNullException.ThrowIfNull(register);
        var definitions = register.Definitions.OrderBy(d => d.Position).ToList();
        foreach (var e in register.Entries.OrderBy(e => e.Group, StringComparer.CurrentCulture).ThenBy(e => e.Position))
        {
            yield return
            [
                e.Id.ToString(), e.Group, e.Name, e.LeikaKey?.Value ?? string.Empty, e.Description ?? string.Empty,
                e.IsStruck ? "ja" : "nein", e.StrikeReason ?? string.Empty, e.OwnerUnit ?? string.Empty, e.ResponsiblePerson ?? string.Empty,
                e.CaseVolume?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, e.Priority?.GermanName() ?? string.Empty, e.Status.GermanName(),
                e.LibraryEntryId ?? string.Empty,
                .. definitions.Select(d => AttributeValues.Display(d, e.Values.GetValueOrDefault(d.Id))),
            ];
        }
    }

    /// <summary>Reads text rows (the first is the header; numbers are file rows); problems with the header are reported as row 1.</summary>
    public static (IReadOnlyList<RegisterRow> Rows, IReadOnlyList<string> Custom, IReadOnlyList<ImportProblem> Problems) Read(IReadOnlyList<(int Line, IReadOnlyList<string> Cells)> table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Count == 0)
        {
            return ([], [], [new ImportProblem(1, "Die Datei ist leer; erwartet wird eine Kopfzeile mit den Spalten „Gruppe“ und „Prozess“.")]);
        }

        var header = table[0].Cells.Select(c => CellSafety.Unescape(c).Trim()).ToList();
        var problems = new List<ImportProblem>();
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i].Length > 0 && !index.TryAdd(header[i], i))
            {
                problems.Add(new ImportProblem(table[0].Line, $"Die Spalte „{header[i]}“ steht zweimal in der Kopfzeile."));
            }
        }

        problems.AddRange(RegisterColumns.Required.Where(c => !index.ContainsKey(c)).Select(c => new ImportProblem(table[0].Line, $"Die Spalte „{c}“ fehlt in der Kopfzeile.")));
        var custom = index.Keys.Where(k => !RegisterColumns.Standard.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList();
        var rows = new List<RegisterRow>();
        foreach (var (line, cells) in table.Skip(1))
        {
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            string? Cell(string column) => index.TryGetValue(column, out var i) && i < cells.Count ? CellSafety.Unescape(cells[i]) : null;
            rows.Add(new RegisterRow(
                line, Cell(RegisterColumns.Id), Cell(RegisterColumns.Group), Cell(RegisterColumns.Name), Cell(RegisterColumns.LeikaKey), Cell(RegisterColumns.Description),
                Cell(RegisterColumns.Struck), Cell(RegisterColumns.StrikeReason), Cell(RegisterColumns.OwnerUnit), Cell(RegisterColumns.ResponsiblePerson),
                Cell(RegisterColumns.CaseVolume), Cell(RegisterColumns.Priority), Cell(RegisterColumns.Status), Cell(RegisterColumns.Library),
                custom.ToDictionary(c => c, Cell, StringComparer.OrdinalIgnoreCase)));
        }

        return (rows, custom, problems);
    }
}
