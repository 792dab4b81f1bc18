using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Voting;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class BallotConfiguration : IEntityTypeConfiguration<Ballot>
{
    public void Configure(EntityTypeBuilder<Ballot> builder)
    {
        builder.ToTable("ballots");
        builder.HasKey(b => new { b.WerkstattId, b.MemberId });
        builder.Property(b => b.WerkstattId).HasConversion(IdConverters.Werkstatt);
        builder.Property(b => b.MemberId).HasConversion(IdConverters.Member);
        builder.Property(b => b.CastBy).HasMaxLength(Topic.ByMaxLength);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.HasOne<WerkstattAggregate>().WithMany().HasForeignKey(b => b.WerkstattId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(b => b.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(b => b.Dots, d =>
        {
            d.ToTable("ballot_dots");
            d.WithOwner().HasForeignKey("WerkstattId", "MemberId");
            d.Property<long>("Id").ValueGeneratedOnAdd();
            d.HasKey("Id");
            d.Property(x => x.TopicId).HasConversion(VotingIdConverters.Topic);
            d.HasOne<Topic>().WithMany().HasForeignKey(x => x.TopicId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Navigation(b => b.Dots).HasField("_dots").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(b => b.DotsUsed);
        builder.Ignore(b => b.HasVoted);
        builder.Ignore(b => b.DomainEvents);
    }
}
