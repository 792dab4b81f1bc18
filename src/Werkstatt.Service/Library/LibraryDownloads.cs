using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Library;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Bpmn.Layout;
using Werkstatt.Service.Bpmn.Svg;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Library;

/// <summary>Downloads from the library: a BPMN file, a profile as PDF, a zip package per entry or per Werkstatt, and the drawing.</summary>
public sealed class LibraryDownloads(WerkstattDbContext db, LibraryService library, TimeProvider clock)
{
    public const string BpmnType = "application/xml";
    public const string ZipType = "application/zip";

    public async Task<Result<LibraryDownload>> FileAsync(Actor actor, Guid entryId, string sha256, CancellationToken cancellationToken = default)
    {
        var found = await library.FindAsync(actor, entryId, tracked: false, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var entry = found.Value;
        var model = entry.Versions.SelectMany(v => v.Models).FirstOrDefault(m => m.Sha256 == sha256);
        if (model is null)
        {
            return Error.NotFound("Die Modelldatei");
        }

        var file = await db.Set<LibraryFile>().AsNoTracking().FirstOrDefaultAsync(f => f.NetworkId == entry.NetworkId && f.Sha256 == sha256, cancellationToken);
        return file is null ? Error.NotFound("Die Modelldatei") : new LibraryDownload(model.FileName, BpmnType, file.Content);
    }

    public async Task<Result<LibraryDrawing>> DrawingAsync(Actor actor, Guid entryId, string sha256, string idPrefix = "bpmn", CancellationToken cancellationToken = default)
    {
        var file = await FileAsync(actor, entryId, sha256, cancellationToken);
        if (!file.IsSuccess)
        {
            return file.Error;
        }

        var read = LibraryBpmn.Read(file.Value.Content);
        if (read.Model is null)
        {
            return new LibraryDrawing(null, [], read.Refusal);
        }

        var drawings = BpmnDrawingBuilder.BuildAll(read.Model);
        var svg = drawings.Count == 0 ? null : SvgWriter.Write(drawings[0], new SvgOptions { IdPrefix = idPrefix });
        return new LibraryDrawing(svg, read.Model.Elements, svg is null ? "Das Modell enthält keine Diagramminformationen; die Elemente stehen in der Liste." : null);
    }

    public async Task<Result<LibraryDownload>> ProfilePdfAsync(Actor actor, Guid entryId, int versionNumber, Guid? memberId, CancellationToken cancellationToken = default)
    {
        var found = await library.FindAsync(actor, entryId, tracked: false, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var entry = found.Value;
        var version = entry.Versions.FirstOrDefault(v => v.Number == versionNumber);
        var profile = version?.Profiles.FirstOrDefault(p => p.MemberId == memberId);
        if (version is null || profile is null)
        {
            return Error.NotFound("Der Steckbrief");
        }

        var name = $"{LibraryPackageWriter.Slug(entry.Name)}-v{version.Number}-{LibraryPackageWriter.Slug(profile.MemberName)}-steckbrief.pdf";
        await SocketThreads.LeaveAsync();
        return new LibraryDownload(name, "application/pdf", LibraryProfilePdf.Write(entry.Name, version, profile));
    }

    public async Task<Result<LibraryDownload>> EntryPackageAsync(Actor actor, Guid entryId, CancellationToken cancellationToken = default)
    {
        var view = await library.GetAsync(actor, entryId, cancellationToken);
        if (!view.IsSuccess)
        {
            return view.Error;
        }

        var network = new NetworkId(view.Value.NetworkId);
        var content = await PackAsync(network, [view.Value], cancellationToken);
        return new LibraryDownload($"bibliothek-{LibraryPackageWriter.Slug(view.Value.Name)}.zip", ZipType, content);
    }

    public async Task<Result<LibraryDownload>> WerkstattPackageAsync(Actor actor, Guid werkstattId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var id = werkstattId == Guid.Empty ? (WerkstattId?)null : new WerkstattId(werkstattId);
        var werkstatt = id is null ? null : await db.Werkstaetten.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (werkstatt is null)
        {
            return Error.NotFound("Die Prozesswerkstatt");
        }

        if (!actor.BelongsTo(werkstatt.NetworkId))
        {
            return Error.Forbidden();
        }

        var marker = $"|{werkstattId}|";
        var ids = await db.Set<LibraryEntry>().AsNoTracking().Where(e => e.NetworkId == werkstatt.NetworkId && e.WerkstattIds.Contains(marker))
            .OrderBy(e => e.Name).Select(e => e.Id.Value).ToListAsync(cancellationToken);
        var views = new List<LibraryEntryView>();
        foreach (var entryId in ids)
        {
            var view = await library.GetAsync(actor, entryId, cancellationToken);
            if (view.IsSuccess)
            {
                views.Add(view.Value with { Versions = view.Value.Versions.Where(v => v.WerkstattId == werkstatt.Id).ToList() });
            }
        }

        var content = await PackAsync(werkstatt.NetworkId, views, cancellationToken);
        return new LibraryDownload($"bibliothek-{LibraryPackageWriter.Slug(werkstatt.Title)}.zip", ZipType, content);
    }

    private async Task<byte[]> PackAsync(NetworkId network, IReadOnlyList<LibraryEntryView> views, CancellationToken cancellationToken)
    {
        var shas = views.SelectMany(v => v.Versions).SelectMany(v => v.Models).Select(m => m.Sha256).Distinct().ToList();
        var files = await db.Set<LibraryFile>().AsNoTracking().Where(f => f.NetworkId == network && shas.Contains(f.Sha256))
            .ToDictionaryAsync(f => f.Sha256, f => f.Content, cancellationToken);
        var networkName = await db.Networks.AsNoTracking().Where(n => n.Id == network).Select(n => n.Name).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
        using var stream = new MemoryStream();
        await SocketThreads.LeaveAsync();
        LibraryPackageWriter.Write(stream, networkName, clock.GetUtcNow(), views, files);
        return stream.ToArray();
    }
}
