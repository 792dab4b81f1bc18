using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Domain.Blueprints;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class BlueprintReleaseConfiguration : IEntityTypeConfiguration<BlueprintRelease>
{
    public void Configure(EntityTypeBuilder<BlueprintRelease> builder)
    {
        builder.ToTable("blueprint_releases");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.BlueprintId).HasConversion(RegisterConverters.Blueprint);
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.PublishedBy).HasMaxLength(BlueprintRelease.ByMaxLength).IsRequired();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Blueprint>().WithMany().HasForeignKey(r => r.BlueprintId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.BlueprintId, r.Number }).IsUnique();
        builder.OwnsMany(r => r.Items, i =>
        {
            i.ToTable("blueprint_release_items");
            i.WithOwner().HasForeignKey("ReleaseId");
            i.HasKey("ReleaseId", nameof(ReleasedItem.Key));
            i.Property(x => x.Key).ValueGeneratedNever();
            i.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            i.Property(x => x.Name).HasMaxLength(BlueprintItem.NameMaxLength).IsRequired();
            i.Property(x => x.LeikaKey).HasConversion(VotingIdConverters.Leika).HasMaxLength(14);
            i.Property(x => x.Description).HasMaxLength(BlueprintItem.DescriptionMaxLength);
        });
        builder.Navigation(r => r.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(r => r.DomainEvents);
    }
}
