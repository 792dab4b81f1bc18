using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Domain.Workshop;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class WorkshopConfiguration : IEntityTypeConfiguration<WorkshopDays>
{
    public void Configure(EntityTypeBuilder<WorkshopDays> builder)
    {
        builder.ToTable("workshops");
        builder.HasKey(w => w.WerkstattId);
        builder.Property(w => w.WerkstattId).HasConversion(IdConverters.Werkstatt);
        builder.Property(w => w.Version).IsConcurrencyToken();
        builder.HasOne<WerkstattAggregate>().WithOne().HasForeignKey<WorkshopDays>(w => w.WerkstattId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(w => w.Entries, e =>
        {
            e.ToTable("workshop_agenda_entries");
            e.WithOwner().HasForeignKey("WerkstattId");
            e.Property<long>("Id").ValueGeneratedOnAdd();
            e.HasKey("Id");
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.ProcessId).HasConversion(VotingIdConverters.Process);
            e.Property(x => x.Title).HasMaxLength(AgendaEntry.TitleMaxLength);
            e.Ignore(x => x.Start);
            e.Ignore(x => x.End);
        });
        builder.OwnsMany(w => w.Attendance, a =>
        {
            a.ToTable("workshop_attendance");
            a.WithOwner().HasForeignKey("WerkstattId");
            a.Property<long>("Id").ValueGeneratedOnAdd();
            a.HasKey("Id");
            a.Property(x => x.PersonId).HasConversion(IdConverters.Person);
            a.Property(x => x.MemberId).HasConversion(IdConverters.Member);
        });
        builder.Navigation(w => w.Entries).HasField("_entries").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(w => w.Attendance).HasField("_attendance").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(w => w.DomainEvents);
    }
}
