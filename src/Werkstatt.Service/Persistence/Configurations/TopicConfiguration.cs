using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Voting;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> builder)
    {
        builder.ToTable("topics");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasConversion(VotingIdConverters.Topic);
        builder.Property(t => t.WerkstattId).HasConversion(IdConverters.Werkstatt);
        builder.Property(t => t.MemberId).HasConversion(IdConverters.Member);
        builder.Property(t => t.ProposedBy).HasMaxLength(Topic.ByMaxLength).IsRequired();
        builder.Property(t => t.Title).HasMaxLength(Topic.TitleMaxLength).IsRequired();
        builder.Property(t => t.Description).HasMaxLength(Topic.DescriptionMaxLength).IsRequired();
        builder.Property(t => t.WhyNow).HasMaxLength(Topic.WhyNowMaxLength).IsRequired();
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.MergedInto).HasConversion(VotingIdConverters.Topic);
        builder.Property(t => t.ClosedBy).HasMaxLength(Topic.ByMaxLength);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasOne<WerkstattAggregate>().WithMany().HasForeignKey(t => t.WerkstattId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(t => t.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.WerkstattId, t.Status });
        builder.Ignore(t => t.DomainEvents);
    }
}
