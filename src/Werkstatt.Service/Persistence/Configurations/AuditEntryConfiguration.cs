using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Service.Audit;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ActorId).HasMaxLength(AuditEntry.ShortMaxLength).IsRequired();
        builder.Property(e => e.ActorName).HasMaxLength(AuditEntry.NameMaxLength).IsRequired();
        builder.Property(e => e.Kind).HasMaxLength(AuditEntry.ShortMaxLength).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(AuditEntry.ShortMaxLength).IsRequired();
        builder.Property(e => e.EntityType).HasMaxLength(AuditEntry.ShortMaxLength).IsRequired();
        builder.Property(e => e.EntityId).HasMaxLength(AuditEntry.ShortMaxLength).IsRequired();
        builder.Property(e => e.Summary).HasMaxLength(AuditEntry.SummaryMaxLength).IsRequired();
        builder.HasIndex(e => new { e.NetworkId, e.At });
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => e.ActorId);
        builder.HasIndex(e => e.EntityId);
    }
}
