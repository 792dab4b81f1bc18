using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Library;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Review;
using Werkstatt.Service.Library.Sources;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Library;

/// <summary>
/// Packages published Werkstätten into their network's library: one version per process and Werkstatt. Idempotent:
/// a process whose entry already has a version from the Werkstatt is skipped, so re-running adds nothing twice.
/// </summary>
public sealed class LibraryPackager(WerkstattDbContext db, ILibrarySource source, TimeProvider clock)
{
    /// <summary>Packages every published Werkstatt not yet (completely) in the library; returns the versions added.</summary>
    public async Task<int> PackagePendingAsync(CancellationToken cancellationToken)
    {
        var published = await db.Werkstaetten.AsNoTracking().Where(w => w.Phase == Phase.Published).Select(w => w.Id).ToListAsync(cancellationToken);
        var added = 0;
        foreach (var werkstatt in published)
        {
            added += await PackageAsync(werkstatt, cancellationToken);
        }

        return added;
    }

    public async Task<int> PackageAsync(WerkstattId werkstatt, CancellationToken cancellationToken)
    {
        var found = await source.ForWerkstattAsync(werkstatt, cancellationToken);
        if (found is null)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var added = 0;
        foreach (var process in found.Processes)
        {
            var key = LibraryKey.For(process.LeikaKey, process.Name);
            var entry = await db.Set<LibraryEntry>().FirstOrDefaultAsync(e => e.NetworkId == found.NetworkId && e.Key == key, cancellationToken);
            if (entry?.HasVersionFrom(werkstatt) == true)
            {
                continue;
            }

            var models = new List<LibraryModel>();
            var labels = new List<string>();
            foreach (var member in process.Members)
            {
                foreach (var file in member.Files)
                {
                    var read = LibraryBpmn.Read(file.Content);
                    var sha = await StoreFileAsync(found.NetworkId, file.FileName, file.Content, now, cancellationToken);
                    models.Add(new LibraryModel(member.MemberId, member.MemberName, file.Kind, file.FileName, sha, file.Content.LongLength, read.ElementCount));
                    labels.AddRange(read.Labels);
                }
            }

            if (process.WerkstattToBe is { } toBe)
            {
                models.Add(await WerkstattToBeModelAsync(found.NetworkId, toBe, labels, now, cancellationToken));
            }

            var profiles = process.Members.Where(m => m.Profile.Count > 0).Select(m => new LibraryProfile(m.MemberId, m.MemberName, m.Profile)).ToList();
            if (models.Count == 0 && profiles.Count == 0)
            {
                continue;
            }

            if (entry is null)
            {
                entry = LibraryEntry.Create(found.NetworkId, process.Name, process.LeikaKey, now);
                db.Add(entry);
            }

            entry.AddVersion(
                new LibraryVersionInput(
                    LibraryVersionSource.Workshop, werkstatt, found.Title, process.Id, found.HeldOn, process.Topic, process.Levels, found.DossierNumber,
                    process.WorkshopNotes, process.QaSummary, models, profiles, labels)
                {
                    Notes = process.Results.Notes.Select(LibraryNote.From).ToList(),
                    ActionItems = process.Results.ActionItems.Select(LibraryActionItem.From).ToList(),
                },
                now);
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    /// <summary>The to-be model drawn together in the Werkstatt: stored like the members' files, belonging to no member.</summary>
    private async Task<LibraryModel> WerkstattToBeModelAsync(NetworkId network, SourceToBe toBe, List<string> labels, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var read = LibraryBpmn.Read(toBe.Content);
        var sha = await StoreFileAsync(network, toBe.FileName, toBe.Content, now, cancellationToken);
        labels.AddRange(read.Labels);
        return new LibraryModel(null, LibraryModel.WerkstattName, ModelKind.ToBe, toBe.FileName, sha, toBe.Content.LongLength, read.ElementCount, toBe.Version);
    }

    /// <summary>Stores the bytes once per network (tracked or already saved); returns the SHA-256.</summary>
    internal async Task<string> StoreFileAsync(NetworkId network, string fileName, byte[] content, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sha = LibraryBpmn.Sha256(content);
        var tracked = db.ChangeTracker.Entries<LibraryFile>().Any(e => e.Entity.NetworkId == network && e.Entity.Sha256 == sha);
        if (!tracked && !await db.Set<LibraryFile>().AnyAsync(f => f.NetworkId == network && f.Sha256 == sha, cancellationToken))
        {
            db.Add(new LibraryFile(network, sha, fileName, content, now));
        }

        return sha;
    }
}
