using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Werkstatt.Domain.Library;
using Werkstatt.Domain.Review;

namespace Werkstatt.Service.Library;

/// <summary>
/// Writes a library package (docs/library-package.md): per entry and version a folder with the BPMN files and profile
/// PDFs, and one <c>metadata.json</c> describing everything (schema docs/library-package.schema.json).
/// </summary>
public static class LibraryPackageWriter
{
    public const string SchemaId = "werkstatt-library-package/1";
    public const string MetadataName = "metadata.json";

    public static void Write(Stream output, string networkName, DateTimeOffset createdAt, IReadOnlyList<LibraryEntryView> entries, IReadOnlyDictionary<string, byte[]> files)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(files);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        using var meta = new MemoryStream();
        using (var json = new Utf8JsonWriter(meta, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("schema", SchemaId);
            json.WriteString("network", networkName);
            json.WriteString("createdAt", createdAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            json.WriteStartArray("entries");
            var usedFolders = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in entries)
            {
                var folder = Unique(usedFolders, Slug(entry.Name));
                WriteEntry(json, zip, folder, entry, files);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        var metaEntry = zip.CreateEntry(MetadataName, CompressionLevel.Optimal);
        using var metaStream = metaEntry.Open();
        metaStream.Write(meta.ToArray());
    }

    private static void WriteEntry(Utf8JsonWriter json, ZipArchive zip, string folder, LibraryEntryView entry, IReadOnlyDictionary<string, byte[]> files)
    {
        json.WriteStartObject();
        json.WriteString("id", entry.Id);
        json.WriteString("name", entry.Name);
        WriteOptional(json, "leikaKey", entry.LeikaKey);
        WriteOptional(json, "topic", entry.Topic);
        json.WriteStartArray("levels");
        foreach (var level in entry.Levels.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            json.WriteStringValue(level);
        }

        json.WriteEndArray();
        json.WriteStartArray("versions");
        foreach (var version in entry.Versions.OrderBy(v => v.Number))
        {
            var path = $"{folder}/v{version.Number}";
            json.WriteStartObject();
            json.WriteNumber("number", version.Number);
            json.WriteString("source", version.Source == LibraryVersionSource.Workshop ? "workshop" : "onboarding");
            if (version.WerkstattId is { } werkstatt)
            {
                json.WriteStartObject("werkstatt");
                json.WriteString("id", werkstatt.Value);
                json.WriteString("title", version.WerkstattTitle ?? string.Empty);
                WriteOptional(json, "heldOn", version.HeldOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("werkstatt");
            }

            if (version.DossierNumber is { } dossier)
            {
                json.WriteNumber("dossierVersion", dossier);
            }
            else
            {
                json.WriteNull("dossierVersion");
            }

            WriteOptional(json, "workshopNotes", version.WorkshopNotes);
            WriteOptional(json, "qaSummary", version.QaSummary);
            LibraryResultsJson.Write(json, version);
            json.WriteStartArray("models");
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var model in version.Models)
            {
                var file = Unique(names, $"{Slug(model.MemberName)}-{(model.Kind == ModelKind.AsIs ? "ist" : "soll")}") + ".bpmn";
                if (files.TryGetValue(model.Sha256, out var bytes))
                {
                    Add(zip, $"{path}/{file}", bytes);
                }

                json.WriteStartObject();
                WriteMember(json, model.MemberId, model.MemberName);
                json.WriteString("kind", model.Kind == ModelKind.AsIs ? "asIs" : "toBe");
                json.WriteString("file", $"{path}/{file}");
                json.WriteString("originalFileName", model.FileName);
                json.WriteString("sha256", model.Sha256);
                json.WriteNumber("size", model.Size);
                json.WriteNumber("elementCount", model.ElementCount);
                WriteOrigin(json, model);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("profiles");
            foreach (var profile in version.Profiles)
            {
                var file = Unique(names, $"{Slug(profile.MemberName)}-steckbrief") + ".pdf";
                Add(zip, $"{path}/{file}", LibraryProfilePdf.Write(entry.Name, version, profile));
                json.WriteStartObject();
                WriteMember(json, profile.MemberId, profile.MemberName);
                json.WriteString("file", $"{path}/{file}");
                json.WriteStartArray("fields");
                foreach (var field in profile.Fields)
                {
                    json.WriteStartObject();
                    json.WriteString("label", field.Label);
                    json.WriteString("value", field.Value);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("reuse");
        foreach (var reuse in entry.Reuses)
        {
            json.WriteStartObject();
            WriteMember(json, reuse.MemberId, reuse.MemberName);
            json.WriteNumber("version", reuse.VersionNumber);
            json.WriteString("at", reuse.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A file or folder name of letters, digits and hyphens (umlauts spelled out), never empty.</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in (text ?? string.Empty).ToLowerInvariant())
        {
            builder.Append(c switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                _ when char.IsAsciiLetterOrDigit(c) => c.ToString(),
                _ => "-",
            });
        }

        var slug = string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        slug = slug.Length > 60 ? slug[..60].TrimEnd('-') : slug;
        return slug.Length == 0 ? "prozess" : slug;
    }

    private static string Unique(HashSet<string> used, string name)
    {
        var candidate = name;
        for (var i = 2; !used.Add(candidate); i++)
        {
            candidate = $"{name}-{i}";
        }

        return candidate;
    }

    private static void WriteMember(Utf8JsonWriter json, Guid? id, string name)
    {
        json.WriteStartObject("member");
        if (id is { } value)
        {
            json.WriteString("id", value);
        }
        else
        {
            json.WriteNull("id");
        }

        json.WriteString("name", name);
        json.WriteEndObject();
    }

    /// <summary>Added in format 1 without breaking readers: who made the model, and the Werkstatt's to-be version number.</summary>
    private static void WriteOrigin(Utf8JsonWriter json, LibraryModel model)
    {
        json.WriteString("origin", model.IsWerkstattToBe ? "werkstatt" : model.MemberId is null ? "onboarding" : "member");
        if (model.ToBeVersion is { } toBeVersion)
        {
            json.WriteNumber("toBeVersion", toBeVersion);
        }
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void Add(ZipArchive zip, string path, byte[] content)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
        stream.Write(content);
    }
}
