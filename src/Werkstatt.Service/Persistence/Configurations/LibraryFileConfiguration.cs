using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Service.Library;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class LibraryFileConfiguration : IEntityTypeConfiguration<LibraryFile>
{
    public void Configure(EntityTypeBuilder<LibraryFile> builder)
    {
        builder.ToTable("library_files");
        builder.HasKey(f => new { f.NetworkId, f.Sha256 });
        builder.Property(f => f.NetworkId).HasConversion(IdConverters.Network);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.FileName).HasMaxLength(255);
        builder.Property(f => f.Content).IsRequired();
    }
}
