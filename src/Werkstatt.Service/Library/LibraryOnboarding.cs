using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Library;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Review;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Library;

/// <summary>
/// Onboarding a network that already has models: every BPMN file of a folder becomes an entry (or a new version of
/// the entry with the same name). Idempotent by SHA-256: a file the network's library already holds is skipped.
/// </summary>
public sealed class LibraryOnboarding(WerkstattDbContext db, LibraryPackager packager, TimeProvider clock)
{
    public const string SourceName = "Bestand (Import)";

    private static readonly string[] Extensions = [".bpmn", ".bpmn2", ".xml"];

    public async Task<Result<LibraryOnboardingReport>> ImportFolderAsync(Actor actor, NetworkId network, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Coordinates(network))
        {
            return Error.Forbidden();
        }

        if (!await db.Networks.AnyAsync(n => n.Id == network, cancellationToken))
        {
            return Error.NotFound("Das Netzwerk");
        }

        if (!Directory.Exists(folder))
        {
            return Error.Validation("Folder", $"Den Ordner „{folder}“ gibt es nicht.");
        }

        var imported = new List<KeyValuePair<string, string>>();
        var already = new List<string>();
        var refused = new List<KeyValuePair<string, string>>();
        var files = Directory.EnumerateFiles(folder).Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)).Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var name = Path.GetFileName(path);
            var content = await File.ReadAllBytesAsync(path, cancellationToken);
            var sha = LibraryBpmn.Sha256(content);
            if (await db.Set<LibraryFile>().AnyAsync(f => f.NetworkId == network && f.Sha256 == sha, cancellationToken))
            {
                already.Add(name);
                continue;
            }

            var read = LibraryBpmn.Read(content);
            if (read.Model is null)
            {
                refused.Add(new(name, read.Refusal!));
                continue;
            }

            var title = read.Model.Processes.Select(p => p.Name).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)) ?? Path.GetFileNameWithoutExtension(path);
            try
            {
                var now = clock.GetUtcNow();
                var key = LibraryKey.For(null, title);
                var entry = await db.Set<LibraryEntry>().FirstOrDefaultAsync(e => e.NetworkId == network && e.Key == key, cancellationToken);
                if (entry is null)
                {
                    entry = LibraryEntry.Create(network, title, null, now);
                    db.Add(entry);
                }

                await packager.StoreFileAsync(network, name, content, now, cancellationToken);
                var model = new LibraryModel(null, SourceName, ModelKind.AsIs, name, sha, content.LongLength, read.ElementCount);
                entry.AddVersion(new LibraryVersionInput(LibraryVersionSource.Onboarding, null, null, null, null, null, string.Empty, null, null, null, [model], [], read.Labels), now);
                await db.SaveChangesAsync(cancellationToken);
                imported.Add(new(name, entry.Name));
            }
            catch (DomainRuleViolation violation)
            {
                db.ChangeTracker.Clear();
                refused.Add(new(name, violation.Message));
            }
        }

        return new LibraryOnboardingReport(imported, already, refused);
    }
}
