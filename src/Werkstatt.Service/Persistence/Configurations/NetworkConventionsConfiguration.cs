using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Submissions;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class NetworkConventionsConfiguration : IEntityTypeConfiguration<NetworkConventions>
{
    public void Configure(EntityTypeBuilder<NetworkConventions> builder)
    {
        builder.ToTable("network_conventions");
        builder.HasKey(c => c.NetworkId);
        builder.Property(c => c.NetworkId).HasConversion(IdConverters.Network);
        builder.Property(c => c.ChangedBy).HasMaxLength(200);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Network>().WithOne().HasForeignKey<NetworkConventions>(c => c.NetworkId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(c => c.Rules, r =>
        {
            r.ToTable("network_convention_rules");
            r.WithOwner().HasForeignKey("NetworkId");
            r.HasKey("NetworkId", nameof(ConventionRuleSetting.RuleId));
            r.Property(x => x.RuleId).HasMaxLength(ConventionRuleSetting.RuleIdMaxLength);
            r.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
        });
        builder.Navigation(c => c.Rules).HasField("_rules").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(c => c.DomainEvents);
    }
}
