using System.Diagnostics;
using System.Text;
using Werkstatt.Domain.Registers;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Registers;
using Werkstatt.Service.Registers.Exchange;
using static Werkstatt.Service.Tests.Registers.RegisterWorld;

namespace Werkstatt.Service.Tests.Registers;

/// <summary>CSV and Excel export and import of a register: round trips, German conventions, errors by row; once per provider.</summary>
public abstract class RegisterExchangeTests(string provider) : IAsyncLifetime
{
    private RegisterWorld _w = null!;

    public async ValueTask InitializeAsync() => _w = await RegisterWorld.CreateAsync(provider);

    public async ValueTask DisposeAsync() => await _w.DisposeAsync();

    [Theory]
    [InlineData(RegisterFileFormat.Csv)]
    [InlineData(RegisterFileFormat.Xlsx)]
    public async Task The_exported_file_reimports_to_the_same_register(RegisterFileFormat format)
    {
        var register = await TrickyRegisterAsync();
        var exchange = _w.Get<RegisterExchangeService>();
        var file = Ok(await exchange.ExportAsync(_w.Net.ManagerOfA, _w.Net.StadtA.Id, format));

        var imported = Ok(await exchange.ImportAsync(_w.Net.ManagerOfA, _w.Net.StadtA.Id, file.Content, format, register.Version));

        Assert.Equal(register.Entries.Count, imported);
        var after = await _w.CurrentAsync(_w.Net.StadtA.Id);
        Assert.Equal(Snapshot(register), Snapshot(after));
        var again = Ok(await exchange.ExportAsync(_w.Net.ManagerOfA, _w.Net.StadtA.Id, format)).Content;
        Assert.Equal(Cells(format, file.Content), Cells(format, again));
    }

    [Fact]
    public async Task Csv_is_utf8_with_bom_semicolons_quotes_and_formulas_defused_as_another_reader_sees_it()
    {
        await TrickyRegisterAsync();
        var file = Ok(await _w.Get<RegisterExchangeService>().ExportAsync(_w.Net.ManagerOfA, _w.Net.StadtA.Id, RegisterFileFormat.Csv));
        Assert.Equal([0xEF, 0xBB, 0xBF], file.Content[..3]);

        var rows = await PythonAsync(file.Content, ".csv", "import csv,sys,json\nrows=list(csv.reader(open(sys.argv[1],encoding='utf-8-sig',newline=''),delimiter=';'))\nprint(json.dumps(rows))");
        Assert.Contains("\"Gro\\u00df; \\\"Klein\\\" \\u00c4mter\"", rows, StringComparison.Ordinal);
        Assert.Contains("\"'=SUMME(A1:A9)\"", rows, StringComparison.Ordinal);
        Assert.Contains("\"Fallzahl pro Jahr\"", rows, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xlsx_opens_in_an_independent_reader_with_text_cells_and_no_formulas()
    {
        await TrickyRegisterAsync();
        var file = Ok(await _w.Get<RegisterExchangeService>().ExportAsync(_w.Net.ManagerOfA, _w.Net.StadtA.Id, RegisterFileFormat.Xlsx));

        var cells = await PythonAsync(file.Content, ".xlsx", "import openpyxl,sys,json\nws=openpyxl.load_workbook(sys.argv[1]).active\nprint(json.dumps([[c.value, c.data_type] for r in ws.iter_rows() for c in r if c.value]))");

        Assert.Contains("[\"'=SUMME(A1:A9)\", \"s\"]", cells, StringComparison.Ordinal);
        Assert.Contains("Gro\\u00df; \\\"Klein\\\" \\u00c4mter", cells, StringComparison.Ordinal);
        Assert.DoesNotContain("\"f\"]", cells, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_with_bad_rows_is_refused_as_a_whole_with_every_row_named()
    {
        var register = await _w.RegisterOfAAsync();
        var first = register.Entries[0];
        var csv = "Kennung;Gruppe;Prozess;Fallzahl pro Jahr;Status;Gestrichen;Priorität\r\n"
            + $"{first.Id};{first.Group};Neuer Name;12;erfasst;nein;hoch\r\n"
            + ";Ordnung;Eigener Prozess;zwölf;erfasst;nein;\r\n"
            + ";Ordnung;;5;fertig;vielleicht;\r\n"
            + $"{Guid.NewGuid()};Ordnung;Fremd;1;erfasst;nein;\r\n";

        var result = await _w.Get<RegisterExchangeService>().ImportAsync(_w.Net.ManagerOfA, _w.Net.StadtA.Id, new UTF8Encoding(true).GetBytes(csv), RegisterFileFormat.Csv, register.Version);

        Assert.Equal("ImportedRowsMustAllBeValid", result.Error?.Code);
        var messages = result.Error!.FieldMessages.Select(m => m.Value).ToList();
        Assert.Contains("Zeile 3: Fallzahl ist keine ganze Zahl.", messages);
        Assert.Contains("Zeile 4: Der Name des Prozesses darf nicht leer sein.", messages);
        Assert.Contains(messages, m => m.StartsWith("Zeile 4: Status muss", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Zeile 4: Gestrichen muss", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Zeile 5: Die Kennung gehört zu keinem Eintrag", StringComparison.Ordinal));
        var after = await _w.CurrentAsync(_w.Net.StadtA.Id);
        Assert.Equal((register.Version, first.Name, register.Entries.Count), (after.Version, after.Entry(first.Id).Name, after.Entries.Count));
    }

    [Fact]
    public async Task Excel_ansi_csv_and_a_missing_column_are_handled()
    {
        var register = await _w.RegisterOfAAsync();
        var exchange = _w.Get<RegisterExchangeService>();
        var ansi = Encoding.Latin1.GetBytes("Gruppe;Prozess;Fallzahl pro Jahr\r\nOrdnung;Straßenfest genehmigen;1.250\r\n");
        Assert.Equal(1, Ok(await exchange.ImportAsync(_w.Net.ManagerOfA, _w.Net.StadtA.Id, ansi, RegisterFileFormat.Csv, register.Version)));
        var added = (await _w.CurrentAsync(_w.Net.StadtA.Id)).Entries.Single(e => e.IsOwn);
        Assert.Equal(("Straßenfest genehmigen", 1250), (added.Name, added.CaseVolume!.Value));

        var missing = await exchange.ImportAsync(_w.Net.ManagerOfA, _w.Net.StadtA.Id, Encoding.UTF8.GetBytes("Gruppe;Name\r\nA;B\r\n"), RegisterFileFormat.Csv, null);
        Assert.Equal("Zeile 1: Die Spalte „Prozess“ fehlt in der Kopfzeile.", Assert.Single(missing.Error!.FieldMessages).Value);
    }

    private async Task<Register> TrickyRegisterAsync()
    {
        var registers = _w.Get<RegisterService>();
        var r = await _w.RegisterOfAAsync();
        var a = _w.Net.ManagerOfA;
        var m = _w.Net.StadtA.Id;
        r = Ok(await registers.DefineAttributeAsync(a, m, "Fachverfahren", AttributeKind.Choice, ["MESO", "VOIS; neu"], r.Version));
        r = Ok(await registers.DefineAttributeAsync(a, m, "Gebühr", AttributeKind.Number, null, r.Version));
        r = Ok(await registers.DefineAttributeAsync(a, m, "Geprüft am", AttributeKind.Date, null, r.Version));
        var defs = r.Definitions.ToDictionary(d => d.Name, d => d.Id);
        r = Ok(await registers.AddOwnAsync(a, m, "Ordnung › Sonderfälle", "Groß; \"Klein\" Ämter", null, "=SUMME(A1:A9)", r.Version));
        var own = r.Entries.Single(e => e.IsOwn);
        r = Ok(await registers.SetAttributesAsync(a, m, own.Id, new EntryAttributes("@Amt für Ordnung", "-Müller", 1200, RegisterPriority.Medium, ProcessStatus.Digitised, "lib-42"),
            new Dictionary<Guid, string?> { [defs["Fachverfahren"]] = "VOIS; neu", [defs["Gebühr"]] = "-1.234,5", [defs["Geprüft am"]] = "29.02.2028" }, r.Version));
        r = Ok(await registers.StrikeAsync(a, m, r.Entries[3].Id, "+ fällt weg, \"sagt\" der Kreis", r.Version));
        return r;
    }

    private static string Cells(RegisterFileFormat format, byte[] content) =>
        string.Join("\n", (format == RegisterFileFormat.Xlsx ? XlsxFormat.Read(content) : CsvFormat.Read(content)).Select(r => $"{r.Line}:" + string.Join("|", r.Cells)));

    private static string Snapshot(Register r) => string.Join("\n", r.Entries.OrderBy(e => e.Id).Select(e =>
        $"{e.Id}|{e.BlueprintKey}|{e.Group}|{e.Name}|{e.BaseName}|{e.LeikaKey}|{e.Description}|{e.IsStruck}|{e.StrikeReason}|{e.OwnerUnit}|{e.ResponsiblePerson}|{e.CaseVolume}|{e.Priority}|{e.Status}|{e.LibraryEntryId}|"
        + string.Join(",", e.Values.OrderBy(v => v.Key).Select(v => $"{v.Key}={v.Value}"))));

    private static async Task<string> PythonAsync(byte[] content, string extension, string script)
    {
        var path = Path.Combine(Path.GetTempPath(), $"register-{Guid.NewGuid():N}{extension}");
        await File.WriteAllBytesAsync(path, content);
        try
        {
            var info = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "-c", script, path })
            {
                info.ArgumentList.Add(arg);
            }

            using var process = Process.Start(info)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, error);
            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }
}

public sealed class SqliteRegisterExchangeTests() : RegisterExchangeTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresRegisterExchangeTests() : RegisterExchangeTests(PostgresWerkstattDbContext.Name);
