using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Service.Dossiers.Storage;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> builder)
    {
        builder.ToTable("dossiers");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Reason).HasMaxLength(Dossier.ReasonMaxLength).IsRequired();
        builder.Property(d => d.FileName).HasMaxLength(Dossier.FileNameMaxLength).IsRequired();
        builder.Property(d => d.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(d => d.Fingerprint).HasMaxLength(64).IsRequired();
        builder.Property(d => d.InputFingerprint).HasMaxLength(64).IsRequired();
        builder.Property(d => d.Summary).IsRequired();
        builder.HasIndex(d => new { d.WerkstattId, d.Number }).IsUnique();
    }
}
