using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Domain.Processes;
using Werkstatt.Service.ToBe;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class ToBeDraftConfiguration : IEntityTypeConfiguration<ToBeDraft>
{
    public void Configure(EntityTypeBuilder<ToBeDraft> builder)
    {
        builder.ToTable("tobe_drafts");
        builder.HasKey(d => new { d.WerkstattId, d.ProcessId });
        builder.Property(d => d.WerkstattId).HasConversion(IdConverters.Werkstatt);
        builder.Property(d => d.ProcessId).HasConversion(VotingIdConverters.Process);
        builder.Property(d => d.Xml).IsRequired();
        builder.Property(d => d.Revision).IsConcurrencyToken();
        builder.Property(d => d.UpdatedBy).HasMaxLength(200);
        builder.HasOne<WerkstattAggregate>().WithMany().HasForeignKey(d => d.WerkstattId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Process>().WithMany().HasForeignKey(d => d.ProcessId).OnDelete(DeleteBehavior.Restrict);
    }
}
