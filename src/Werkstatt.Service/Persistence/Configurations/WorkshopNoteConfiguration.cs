using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.WorkshopNotes;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class WorkshopNoteConfiguration : IEntityTypeConfiguration<WorkshopNote>
{
    public void Configure(EntityTypeBuilder<WorkshopNote> builder)
    {
        builder.ToTable("workshop_notes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).HasConversion(WorkshopNoteIdConverters.Note);
        builder.Property(n => n.WerkstattId).HasConversion(IdConverters.Werkstatt);
        builder.Property(n => n.ProcessId).HasConversion(VotingIdConverters.Process);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Text).HasMaxLength(WorkshopNote.TextMaxLength).IsRequired();
        builder.Property(n => n.MemberId).HasConversion(IdConverters.Member);
        builder.Property(n => n.WrittenBy).HasMaxLength(WorkshopNote.ByMaxLength).IsRequired();
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.HasOne<WerkstattAggregate>().WithMany().HasForeignKey(n => n.WerkstattId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Process>().WithMany().HasForeignKey(n => n.ProcessId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(n => n.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.WerkstattId, n.ProcessId });
        builder.Ignore(n => n.DomainEvents);
    }
}
