using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Domain.Blueprints;
using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class BlueprintConfiguration : IEntityTypeConfiguration<Blueprint>
{
    public void Configure(EntityTypeBuilder<Blueprint> builder)
    {
        builder.ToTable("blueprints");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).HasConversion(RegisterConverters.Blueprint);
        builder.Property(b => b.NetworkId).HasConversion(IdConverters.Network);
        builder.Property(b => b.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.HasOne<Network>().WithMany().HasForeignKey(b => b.NetworkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.NetworkId, b.Level }).IsUnique();
        builder.OwnsMany(b => b.Items, i =>
        {
            i.ToTable("blueprint_items");
            i.WithOwner().HasForeignKey("BlueprintId");
            i.HasKey("BlueprintId", nameof(BlueprintItem.Key));
            i.Property(x => x.Key).ValueGeneratedNever();
            i.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            i.Property(x => x.Name).HasMaxLength(BlueprintItem.NameMaxLength).IsRequired();
            i.Property(x => x.LeikaKey).HasConversion(VotingIdConverters.Leika).HasMaxLength(14);
            i.Property(x => x.Description).HasMaxLength(BlueprintItem.DescriptionMaxLength);
        });
        builder.Navigation(b => b.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(b => b.DomainEvents);
    }
}
