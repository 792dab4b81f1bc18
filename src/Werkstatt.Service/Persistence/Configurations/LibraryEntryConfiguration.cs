using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Library;
using Werkstatt.Domain.Processes;

namespace Werkstatt.Service.Persistence.Configurations;

/// <summary>Library entries with their versions (models and profiles as JSON: a version is never changed) and imports.</summary>
internal sealed class LibraryEntryConfiguration : IEntityTypeConfiguration<LibraryEntry>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly ValueConverter<IReadOnlyList<LibraryModel>, string> Models = new(
        v => JsonSerializer.Serialize(v, Json), s => JsonSerializer.Deserialize<List<LibraryModel>>(s, Json) ?? new List<LibraryModel>());

    private static readonly ValueConverter<IReadOnlyList<LibraryProfile>, string> Profiles = new(
        v => JsonSerializer.Serialize(v, Json), s => JsonSerializer.Deserialize<List<LibraryProfile>>(s, Json) ?? new List<LibraryProfile>());

    // Enums by name, so a reordered NoteKind cannot change what stored versions say.
    private static readonly JsonSerializerOptions NamedEnums = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly ValueConverter<IReadOnlyList<LibraryNote>, string> Notes = new(
        v => JsonSerializer.Serialize(v, NamedEnums), s => JsonSerializer.Deserialize<List<LibraryNote>>(s, NamedEnums) ?? new List<LibraryNote>());

    private static readonly ValueConverter<IReadOnlyList<LibraryActionItem>, string> ActionItems = new(
        v => JsonSerializer.Serialize(v, NamedEnums), s => JsonSerializer.Deserialize<List<LibraryActionItem>>(s, NamedEnums) ?? new List<LibraryActionItem>());

    public void Configure(EntityTypeBuilder<LibraryEntry> builder)
    {
        builder.ToTable("library_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasConversion(id => id.Value, value => new LibraryEntryId(value));
        builder.Property(e => e.NetworkId).HasConversion(IdConverters.Network);
        builder.Property(e => e.Key).HasMaxLength(LibraryKey.MaxLength);
        builder.Property(e => e.Name).HasMaxLength(LibraryEntry.NameMaxLength);
        builder.Property(e => e.LeikaKey).HasMaxLength(LeikaKey.Length);
        builder.Property(e => e.Topic).HasMaxLength(LibraryEntry.TopicMaxLength);
        builder.Property(e => e.Levels).HasMaxLength(100);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasIndex(e => new { e.NetworkId, e.Key }).IsUnique();
        builder.HasIndex(e => new { e.NetworkId, e.LatestOn });
        builder.HasIndex(e => new { e.NetworkId, e.LeikaKey });
        builder.OwnsMany(e => e.Versions, v =>
        {
            v.ToTable("library_versions");
            v.WithOwner().HasForeignKey("EntryId");
            v.HasKey("EntryId", nameof(LibraryVersion.Number));
            v.Property(x => x.Number).ValueGeneratedNever();
            v.HasIndex("EntryId", nameof(LibraryVersion.WerkstattId)).IsUnique();
            v.HasIndex(x => x.WerkstattId);
            v.Property(x => x.Source).HasConversion<string>().HasMaxLength(20);
            v.Property(x => x.WerkstattId).HasConversion(id => id!.Value.Value, value => (WerkstattId?)new WerkstattId(value));
            v.Property(x => x.ProcessId).HasConversion(id => id!.Value.Value, value => (ProcessId?)new ProcessId(value));
            v.Property(x => x.WerkstattTitle).HasMaxLength(LibraryEntry.TopicMaxLength);
            v.Property(x => x.Models).HasConversion(Models, Comparer<LibraryModel>());
            v.Property(x => x.Profiles).HasConversion(Profiles, Comparer<LibraryProfile>());
            v.Property(x => x.Notes).HasConversion(Notes, Comparer<LibraryNote>());
            v.Property(x => x.ActionItems).HasConversion(ActionItems, Comparer<LibraryActionItem>());
        });
        builder.OwnsMany(e => e.Imports, i =>
        {
            i.ToTable("library_imports");
            i.WithOwner().HasForeignKey("EntryId");
            i.HasKey("EntryId", nameof(LibraryImport.MemberId), nameof(LibraryImport.VersionNumber));
            i.Property(x => x.MemberId).HasConversion(IdConverters.Member);
            i.Property(x => x.By).HasMaxLength(LibraryEntry.ByMaxLength);
        });
        builder.Navigation(e => e.Versions).HasField("_versions").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(e => e.Imports).HasField("_imports").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(e => e.Latest);
        builder.Ignore(e => e.ReuseCount);
        builder.Ignore(e => e.DomainEvents);
    }

    private static ValueComparer<IReadOnlyList<T>> Comparer<T>() => new(
        (a, b) => ReferenceEquals(a, b) || (a != null && b != null && a.SequenceEqual(b)),
        v => v.Count,
        v => v);
}
