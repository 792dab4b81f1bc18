using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Domain.Blueprints;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Registers;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class RegisterConfiguration : IEntityTypeConfiguration<Register>
{
    public void Configure(EntityTypeBuilder<Register> builder)
    {
        builder.ToTable("registers");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasConversion(RegisterConverters.Register);
        builder.Property(r => r.NetworkId).HasConversion(IdConverters.Network);
        builder.Property(r => r.MemberId).HasConversion(IdConverters.Member);
        builder.Property(r => r.BlueprintId).HasConversion(RegisterConverters.Blueprint);
        builder.Property(r => r.UpdatedBy).HasMaxLength(Register.ByMaxLength).IsRequired();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Network>().WithMany().HasForeignKey(r => r.NetworkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Blueprint>().WithMany().HasForeignKey(r => r.BlueprintId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.MemberId).IsUnique();
        builder.HasIndex(r => r.NetworkId);
        builder.OwnsMany(r => r.Entries, e =>
        {
            e.ToTable("register_entries");
            e.WithOwner().HasForeignKey("RegisterId");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Group).HasMaxLength(RegisterEntry.GroupMaxLength).IsRequired();
            e.Property(x => x.Name).HasMaxLength(RegisterEntry.NameMaxLength).IsRequired();
            e.Property(x => x.BaseName).HasMaxLength(RegisterEntry.NameMaxLength);
            e.Property(x => x.LeikaKey).HasConversion(VotingIdConverters.Leika).HasMaxLength(14);
            e.Property(x => x.Description).HasMaxLength(RegisterEntry.DescriptionMaxLength);
            e.Property(x => x.StrikeReason).HasMaxLength(RegisterEntry.ReasonMaxLength);
            e.Property(x => x.OwnerUnit).HasMaxLength(RegisterEntry.UnitMaxLength);
            e.Property(x => x.ResponsiblePerson).HasMaxLength(RegisterEntry.PersonMaxLength);
            e.Property(x => x.Priority).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.LibraryEntryId).HasMaxLength(RegisterEntry.LibraryMaxLength);
            e.Property(x => x.Values).HasConversion(RegisterConverters.Values, RegisterConverters.ValuesComparer).IsRequired();
            e.Ignore(x => x.IsOwn);
            e.Ignore(x => x.MemberRenamed);
            e.HasIndex("RegisterId", nameof(RegisterEntry.BlueprintKey));
        });
        builder.OwnsMany(r => r.Definitions, d =>
        {
            d.ToTable("register_attributes");
            d.WithOwner().HasForeignKey("RegisterId");
            d.HasKey(x => x.Id);
            d.Property(x => x.Id).ValueGeneratedNever();
            d.Property(x => x.Name).HasMaxLength(AttributeDefinition.NameMaxLength).IsRequired();
            d.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            d.Property(x => x.Choices).HasConversion(RegisterConverters.Choices, RegisterConverters.ChoicesComparer).HasMaxLength(RegisterConverters.ChoicesMaxLength).IsRequired();
        });
        builder.OwnsMany(r => r.Declined, d =>
        {
            d.ToTable("register_declined_changes");
            d.WithOwner().HasForeignKey("RegisterId");
            d.Property<long>("Id").ValueGeneratedOnAdd();
            d.HasKey("Id");
            d.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            d.Property(x => x.Value).HasMaxLength(RegisterEntry.NameMaxLength).IsRequired();
        });
        builder.Navigation(r => r.Entries).HasField("_entries").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(r => r.Definitions).HasField("_definitions").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(r => r.Declined).HasField("_declined").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(r => r.DomainEvents);
    }
}
