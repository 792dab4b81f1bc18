using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Voting;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class ProcessConfiguration : IEntityTypeConfiguration<Process>
{
    public void Configure(EntityTypeBuilder<Process> builder)
    {
        builder.ToTable("processes");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasConversion(VotingIdConverters.Process);
        builder.Property(p => p.WerkstattId).HasConversion(IdConverters.Werkstatt);
        builder.Property(p => p.TopicId).HasConversion(VotingIdConverters.Topic);
        builder.Property(p => p.Name).HasMaxLength(Process.NameMaxLength).IsRequired();
        builder.Property(p => p.LeikaKey).HasConversion(VotingIdConverters.Leika).HasMaxLength(LeikaKey.Length);
        builder.Property(p => p.Levels).HasConversion(VotingIdConverters.Levels, VotingIdConverters.LevelsComparer).HasMaxLength(40);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<WerkstattAggregate>().WithMany().HasForeignKey(p => p.WerkstattId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Topic>().WithMany().HasForeignKey(p => p.TopicId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.WerkstattId);
        builder.Ignore(p => p.NeedsKreisAndTown);
        builder.Ignore(p => p.DomainEvents);
    }
}
