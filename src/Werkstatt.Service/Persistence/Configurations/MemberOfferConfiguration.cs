using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Staffing;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class MemberOfferConfiguration : IEntityTypeConfiguration<MemberOffer>
{
    public void Configure(EntityTypeBuilder<MemberOffer> builder)
    {
        builder.ToTable("member_offers");
        builder.HasKey(o => new { o.WerkstattId, o.MemberId });
        builder.Property(o => o.WerkstattId).HasConversion(IdConverters.Werkstatt);
        builder.Property(o => o.MemberId).HasConversion(IdConverters.Member);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasOne<WerkstattAggregate>().WithMany().HasForeignKey(o => o.WerkstattId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(o => o.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(o => o.Bids, b =>
        {
            b.ToTable("offer_bids");
            b.WithOwner().HasForeignKey("WerkstattId", "MemberId");
            b.Property<long>("Id").ValueGeneratedOnAdd();
            b.HasKey("Id");
            b.Property(x => x.ProcessId).HasConversion(VotingIdConverters.Process);
            b.Property(x => x.Bid).HasConversion<string>().HasMaxLength(20);
            b.HasOne<Process>().WithMany().HasForeignKey(x => x.ProcessId).OnDelete(DeleteBehavior.Restrict);
        });

        // Claims race: the unique slot per process lets exactly one of two members racing for the last slot win;
        // the offer's version (raised by every claim) serialises claims of one member against its capacity.
        builder.OwnsMany(o => o.Claims, c =>
        {
            c.ToTable("offer_claims");
            c.WithOwner().HasForeignKey("WerkstattId", "MemberId");
            c.Property<long>("Id").ValueGeneratedOnAdd();
            c.HasKey("Id");
            c.Property(x => x.ProcessId).HasConversion(VotingIdConverters.Process);
            c.Property(x => x.ClaimedBy).HasMaxLength(StaffingPlan.ByMaxLength);
            c.HasOne<Process>().WithMany().HasForeignKey(x => x.ProcessId).OnDelete(DeleteBehavior.Restrict);
            c.HasIndex(x => new { x.ProcessId, x.Slot }).IsUnique();
            c.HasIndex("WerkstattId", "MemberId", nameof(OfferClaim.ProcessId)).IsUnique();
        });
        builder.Navigation(o => o.Bids).HasField("_bids").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(o => o.Claims).HasField("_claims").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(o => o.CapacityLeft);
        builder.Ignore(o => o.DomainEvents);
    }
}
