using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Domain.Invitations;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class WerkstattCalendarConfiguration : IEntityTypeConfiguration<WerkstattCalendar>
{
    public void Configure(EntityTypeBuilder<WerkstattCalendar> builder)
    {
        builder.ToTable("werkstatt_calendars");
        builder.HasKey(c => c.WerkstattId);
        builder.Property(c => c.WerkstattId).HasConversion(IdConverters.Werkstatt);
        builder.Property(c => c.NetworkId).HasConversion(IdConverters.Network);
        builder.Property(c => c.Delivery).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.GraphError).HasMaxLength(WerkstattCalendar.ErrorMaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.GraphDueAt);
        builder.HasOne<WerkstattAggregate>().WithOne().HasForeignKey<WerkstattCalendar>(c => c.WerkstattId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(c => c.Days, d =>
        {
            d.ToTable("calendar_days");
            d.WithOwner().HasForeignKey("WerkstattId");
            d.HasKey(x => x.Id);
            d.Property(x => x.Id).ValueGeneratedOnAdd();
            d.Property<Werkstatt.Domain.Cycle.WerkstattId>("WerkstattId").HasConversion(IdConverters.Werkstatt);
            d.Property(x => x.Location).HasMaxLength(CalendarDay.LocationMaxLength).IsRequired();
            d.Property(x => x.Link).HasMaxLength(2000);
            d.Property(x => x.GraphEventId).HasMaxLength(500);
            d.Property(x => x.JoinUrl).HasMaxLength(2000);
            d.Property(x => x.AgendaTimes).HasMaxLength(1000).IsRequired();
            d.Ignore(x => x.Snapshot);
            d.HasIndex("WerkstattId", nameof(CalendarDay.Number)).IsUnique();
        });
        builder.Navigation(c => c.Days).HasField("_days").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(c => c.Attendees, a =>
        {
            a.ToTable("calendar_attendees");
            a.WithOwner().HasForeignKey("WerkstattId");
            a.HasKey(x => x.Id);
            a.Property(x => x.Id).ValueGeneratedOnAdd();
            a.Property<Werkstatt.Domain.Cycle.WerkstattId>("WerkstattId").HasConversion(IdConverters.Werkstatt);
            a.Property(x => x.PersonId).HasConversion(IdConverters.Person);
            a.Property(x => x.Email).HasMaxLength(254).IsRequired();
            a.Property(x => x.Name).HasMaxLength(200).IsRequired();
            a.Ignore(x => x.IsActive);
            a.HasIndex("WerkstattId", nameof(InvitedAttendee.PersonId)).IsUnique();
        });
        builder.Navigation(c => c.Attendees).HasField("_attendees").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(c => c.IsSent);
        builder.Ignore(c => c.DomainEvents);
    }
}
