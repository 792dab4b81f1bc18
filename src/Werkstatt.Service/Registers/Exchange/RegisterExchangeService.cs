using DocumentFormat.OpenXml.Packaging;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Registers;
using Werkstatt.Service.Common;

namespace Werkstatt.Service.Registers.Exchange;

/// <summary>Export and import of a register as CSV or Excel; an import changes all rows or none.</summary>
public sealed class RegisterExchangeService(RegisterService registers)
{
    public const int MaxFileBytes = 10 * 1024 * 1024;

    public async Task<Result<RegisterFile>> ExportAsync(Actor actor, MemberId memberId, RegisterFileFormat format, CancellationToken cancellationToken = default)
    {
        var view = await registers.GetAsync(actor, memberId, cancellationToken);
        if (!view.IsSuccess)
        {
            return view.Error;
        }

        if (view.Value.Register is not { } register)
        {
            return Error.NotFound(RegisterLoader.What);
        }

        await SocketThreads.LeaveAsync();
        return Export(register, view.Value.Member.Name, format);
    }

    public static RegisterFile Export(Register register, string memberName, RegisterFileFormat format)
    {
        var header = RegisterTable.Header(register);
        var rows = RegisterTable.Rows(register);
        var name = "Prozessregister " + new string((memberName ?? string.Empty).Select(c => char.IsLetterOrDigit(c) || c is ' ' or '-' ? c : '_').ToArray());
        return format == RegisterFileFormat.Xlsx
            ? new RegisterFile(XlsxFormat.Write(header, rows), name + ".xlsx", XlsxFormat.ContentType)
            : new RegisterFile(CsvFormat.Write(header, rows), name + ".csv", "text/csv; charset=utf-8");
    }

    /// <summary>Checks every row; with any problem nothing is imported and the error lists each row ("Zeile 7: …").</summary>
    public async Task<Result<int>> ImportAsync(Actor actor, MemberId memberId, byte[] content, RegisterFileFormat format, int? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (await registers.RefusalAsync(actor, memberId, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (content.Length == 0 || content.Length > MaxFileBytes)
        {
            return Error.Validation("File", $"Bitte eine Datei bis {MaxFileBytes / 1024 / 1024} MB wählen.");
        }

        await SocketThreads.LeaveAsync();
        IReadOnlyList<(int Line, IReadOnlyList<string> Cells)> table;
        try
        {
            table = format == RegisterFileFormat.Xlsx ? XlsxFormat.Read(content) : CsvFormat.Read(content);
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or FileFormatException or IOException or InvalidOperationException)
        {
            return Error.Validation("File", format == RegisterFileFormat.Xlsx ? "Die Datei ist keine lesbare Excel-Arbeitsmappe (.xlsx)." : "Die Datei ist keine lesbare CSV-Datei.");
        }

        var (rows, custom, problems) = RegisterTable.Read(table);
        if (problems.Count > 0)
        {
            return ImportErrors.From(problems);
        }

        var imported = 0;
        var result = await registers.ChangeAsync(actor, memberId, version, (r, now) => imported = r.Import(rows, custom, now, actor.Name), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error;
        }

        return imported;
    }
}
