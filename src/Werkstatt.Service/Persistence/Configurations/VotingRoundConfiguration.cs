using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Domain.Voting;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class VotingRoundConfiguration : IEntityTypeConfiguration<VotingRound>
{
    public void Configure(EntityTypeBuilder<VotingRound> builder)
    {
        builder.ToTable("voting_rounds");
        builder.HasKey(v => v.WerkstattId);
        builder.Property(v => v.WerkstattId).HasConversion(IdConverters.Werkstatt);
        builder.ComplexProperty(v => v.Settings, s =>
        {
            s.Property(x => x.Budget);
            s.Property(x => x.MaxPerTopic);
            s.Property(x => x.Winners);
        });
        builder.Property(v => v.ClosedBy).HasMaxLength(VotingRound.ByMaxLength);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.HasOne<WerkstattAggregate>().WithOne().HasForeignKey<VotingRound>(v => v.WerkstattId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(v => v.Ranking, r =>
        {
            r.ToTable("voting_result_topics");
            r.WithOwner().HasForeignKey("WerkstattId");
            r.Property<long>("Id").ValueGeneratedOnAdd();
            r.HasKey("Id");
            r.Property(x => x.TopicId).HasConversion(VotingIdConverters.Topic);
            r.Property(x => x.Title).HasMaxLength(Topic.TitleMaxLength);
            r.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
        });
        builder.OwnsMany(v => v.Votes, r =>
        {
            r.ToTable("voting_result_votes");
            r.WithOwner().HasForeignKey("WerkstattId");
            r.Property<long>("Id").ValueGeneratedOnAdd();
            r.HasKey("Id");
            r.Property(x => x.MemberId).HasConversion(IdConverters.Member);
            r.Property(x => x.MemberName).HasMaxLength(Werkstatt.Domain.Network.Member.NameMaxLength);
            r.Property(x => x.TopicId).HasConversion(VotingIdConverters.Topic);
            r.Property(x => x.TopicTitle).HasMaxLength(Topic.TitleMaxLength);
        });
        builder.Navigation(v => v.Ranking).HasField("_ranking").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(v => v.Votes).HasField("_votes").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(v => v.IsClosed);
        builder.Ignore(v => v.DomainEvents);
    }
}
