using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Service.Dossiers.Storage;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class DossierRequestConfiguration : IEntityTypeConfiguration<DossierRequest>
{
    public void Configure(EntityTypeBuilder<DossierRequest> builder)
    {
        builder.ToTable("dossier_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Key).HasMaxLength(DossierRequest.KeyMaxLength).IsRequired();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.RequestedBy).HasMaxLength(DossierRequest.ByMaxLength).IsRequired();
        builder.Property(r => r.ClaimedBy).HasMaxLength(DossierRequest.ByMaxLength);
        builder.Property(r => r.LastError).HasMaxLength(DossierRequest.ErrorMaxLength);
        builder.HasIndex(r => r.Key).IsUnique();
        builder.HasIndex(r => new { r.WerkstattId, r.CompletedAt });
    }
}
