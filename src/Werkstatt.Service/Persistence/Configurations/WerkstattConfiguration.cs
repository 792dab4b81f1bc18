using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class WerkstattConfiguration : IEntityTypeConfiguration<WerkstattAggregate>
{
    public void Configure(EntityTypeBuilder<WerkstattAggregate> builder)
    {
        builder.ToTable("werkstaetten");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).HasConversion(IdConverters.Werkstatt);
        builder.Property(w => w.NetworkId).HasConversion(IdConverters.Network);
        builder.Property(w => w.Title).HasMaxLength(WerkstattAggregate.TitleMaxLength).IsRequired();
        builder.Property(w => w.Phase).HasConversion<string>().HasMaxLength(30);
        builder.Property(w => w.CancellationReason).HasMaxLength(WerkstattAggregate.ReasonMaxLength);
        builder.Property(w => w.Version).IsConcurrencyToken();
        builder.HasOne<Network>().WithMany().HasForeignKey(w => w.NetworkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(w => new { w.NetworkId, w.Phase });
        builder.ComplexProperty(w => w.Schedule, s =>
        {
            s.Property(x => x.TopicCollectionOpens);
            s.Property(x => x.VotingCloses);
            s.Property(x => x.AssignmentConfirmed);
            s.Property(x => x.ModelsDue);
            s.Property(x => x.ReviewDue);
            s.Property(x => x.PreReadOut);
            s.Property(x => x.Day1Start);
            s.Property(x => x.Day1End);
            s.Property(x => x.Day2Start);
            s.Property(x => x.Day2End);
            s.Property(x => x.FollowUpDue);
        });
        builder.ComplexProperty(w => w.Venue, v =>
        {
            v.Property(x => x.Format).HasConversion<string>().HasMaxLength(20);
            v.Property(x => x.MeetingUrl).HasMaxLength(Venue.UrlMaxLength);
            v.Property(x => x.Address).HasMaxLength(Venue.AddressMaxLength);
        });
        builder.OwnsMany(w => w.History, h =>
        {
            h.ToTable("werkstatt_phase_changes");
            h.WithOwner().HasForeignKey("WerkstattId");
            h.HasKey(x => x.Id);
            h.Property(x => x.Id).ValueGeneratedOnAdd();
            h.Property<WerkstattId>("WerkstattId").HasConversion(IdConverters.Werkstatt);
            h.Property(x => x.From).HasConversion<string>().HasMaxLength(30);
            h.Property(x => x.To).HasConversion<string>().HasMaxLength(30);
            h.Property(x => x.By).HasMaxLength(200);
            h.Property(x => x.Note).HasMaxLength(WerkstattAggregate.ReasonMaxLength);
        });
        builder.Navigation(w => w.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(w => w.DomainEvents);
    }
}
