using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class NetworkConfiguration : IEntityTypeConfiguration<Network>
{
    public void Configure(EntityTypeBuilder<Network> builder)
    {
        builder.ToTable("networks");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).HasConversion(IdConverters.Network);
        builder.Property(n => n.Name).HasMaxLength(Network.NameMaxLength).IsRequired();
        builder.Property(n => n.FederalState).HasConversion<string>().HasMaxLength(40);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.ComplexProperty(n => n.Template, t =>
        {
            t.Property(x => x.TopicCollectionOpensDays);
            t.Property(x => x.VotingClosesDays);
            t.Property(x => x.AssignmentConfirmedDays);
            t.Property(x => x.ModelsDueDays);
            t.Property(x => x.ReviewDueDays);
            t.Property(x => x.PreReadOutDays);
            t.Property(x => x.FollowUpDueDays);
            t.Property(x => x.OpeningTime);
            t.Property(x => x.DeadlineTime);
            t.Property(x => x.WorkshopStartTime);
            t.Property(x => x.WorkshopEndTime);
            t.Property(x => x.WorkshopDays);
        });
        builder.Ignore(n => n.DomainEvents);
    }
}
