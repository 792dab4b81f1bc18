using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.WorkshopNotes;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> builder)
    {
        builder.ToTable("workshop_action_items");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasConversion(WorkshopNoteIdConverters.ActionItem);
        builder.Property(a => a.WerkstattId).HasConversion(IdConverters.Werkstatt);
        builder.Property(a => a.ProcessId).HasConversion(VotingIdConverters.Process);
        builder.Property(a => a.Owner).HasConversion(IdConverters.Member);
        builder.Property(a => a.Text).HasMaxLength(ActionItem.TextMaxLength).IsRequired();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.CreatedBy).HasMaxLength(WorkshopNote.ByMaxLength).IsRequired();
        builder.Property(a => a.DoneBy).HasMaxLength(WorkshopNote.ByMaxLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<WerkstattAggregate>().WithMany().HasForeignKey(a => a.WerkstattId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Process>().WithMany().HasForeignKey(a => a.ProcessId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(a => a.Owner).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.WerkstattId, a.ProcessId });

        // "Meine Aufgaben" asks for a member's open items.
        builder.HasIndex(a => new { a.Owner, a.Status });
        builder.Ignore(a => a.DueAt);
        builder.Ignore(a => a.NoticeAt);
        builder.Ignore(a => a.DomainEvents);
    }
}
