using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Domain.ToBe;
using Werkstatt.Service.ToBe;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class ToBeFileConfiguration : IEntityTypeConfiguration<ToBeFile>
{
    public void Configure(EntityTypeBuilder<ToBeFile> builder)
    {
        builder.ToTable("tobe_files");
        builder.HasKey(f => new { f.WerkstattId, f.ProcessId, f.Number });
        builder.Property(f => f.WerkstattId).HasConversion(IdConverters.Werkstatt);
        builder.Property(f => f.ProcessId).HasConversion(VotingIdConverters.Process);
        builder.Property(f => f.Content).IsRequired();
        builder.HasOne<ToBeModel>().WithMany().HasForeignKey(f => new { f.WerkstattId, f.ProcessId }).OnDelete(DeleteBehavior.Restrict);
    }
}
