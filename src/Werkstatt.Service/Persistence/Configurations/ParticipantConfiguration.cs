using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Participants;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> builder)
    {
        builder.ToTable("participants");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasConversion(CalendarIdConverters.Participant);
        builder.Property(p => p.WerkstattId).HasConversion(IdConverters.Werkstatt);
        builder.Property(p => p.NetworkId).HasConversion(IdConverters.Network);
        builder.Property(p => p.PersonId).HasConversion(IdConverters.Person);
        builder.Property(p => p.MemberId).HasConversion(IdConverters.Member);
        builder.Property(p => p.Role).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Function).HasMaxLength(Participant.FunctionMaxLength);
        builder.Property(p => p.RegisteredBy).HasMaxLength(Participant.ByMaxLength).IsRequired();
        builder.Property(p => p.Processes)
            .HasField("_processes")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(CalendarIdConverters.Processes, CalendarIdConverters.ProcessesComparer)
            .HasMaxLength(2000)
            .IsRequired();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<WerkstattAggregate>().WithMany().HasForeignKey(p => p.WerkstattId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.WerkstattId, p.PersonId }).IsUnique();
        builder.HasIndex(p => p.PersonId);
        builder.Ignore(p => p.DomainEvents);
    }
}
