using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.ToBe;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class ToBeModelConfiguration : IEntityTypeConfiguration<ToBeModel>
{
    public void Configure(EntityTypeBuilder<ToBeModel> builder)
    {
        builder.ToTable("tobe_models");
        builder.HasKey(m => new { m.WerkstattId, m.ProcessId });
        builder.Property(m => m.WerkstattId).HasConversion(IdConverters.Werkstatt);
        builder.Property(m => m.ProcessId).HasConversion(VotingIdConverters.Process);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasOne<WerkstattAggregate>().WithMany().HasForeignKey(m => m.WerkstattId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Process>().WithMany().HasForeignKey(m => m.ProcessId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(m => m.Versions, v =>
        {
            v.ToTable("tobe_versions");
            v.WithOwner().HasForeignKey("WerkstattId", "ProcessId");
            v.HasKey("WerkstattId", "ProcessId", nameof(ToBeVersion.Number));
            v.Property(x => x.Number).ValueGeneratedNever();
            v.Property(x => x.Basis).HasConversion<string>().HasMaxLength(20);
            v.Property(x => x.BasedOnMember).HasConversion(IdConverters.Member);
            v.Property(x => x.Sha256).HasMaxLength(64);
            v.Property(x => x.SavedBy).HasMaxLength(ToBeModel.ByMaxLength);
        });
        builder.OwnsMany(m => m.Comments, c =>
        {
            c.ToTable("tobe_comments");
            c.WithOwner().HasForeignKey("WerkstattId", "ProcessId");
            c.HasKey("WerkstattId", "ProcessId", nameof(ToBeComment.Number));
            c.Property(x => x.Number).ValueGeneratedNever();
            c.Property(x => x.ElementId).HasMaxLength(ToBeComment.ElementIdMaxLength);
            c.Property(x => x.Text).HasMaxLength(ToBeComment.TextMaxLength);
            c.Property(x => x.By).HasMaxLength(ToBeModel.ByMaxLength);
        });
        builder.Navigation(m => m.Versions).HasField("_versions").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(m => m.Comments).HasField("_comments").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(m => m.Latest);
        builder.Ignore(m => m.DomainEvents);
    }
}
