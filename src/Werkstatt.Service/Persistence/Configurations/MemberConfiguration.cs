using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.ToTable("members");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasConversion(IdConverters.Member);
        builder.Property(m => m.NetworkId).HasConversion(IdConverters.Network);
        builder.Property(m => m.Name).HasMaxLength(Member.NameMaxLength).IsRequired();
        builder.Property(m => m.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasOne<Network>().WithMany().HasForeignKey(m => m.NetworkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.NetworkId, m.Name }).IsUnique();
        builder.Ignore(m => m.DomainEvents);
    }
}
