using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Staffing;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class StaffingPlanConfiguration : IEntityTypeConfiguration<StaffingPlan>
{
    public void Configure(EntityTypeBuilder<StaffingPlan> builder)
    {
        builder.ToTable("staffing_plans");
        builder.HasKey(p => p.WerkstattId);
        builder.Property(p => p.WerkstattId).HasConversion(IdConverters.Werkstatt);
        builder.Property(p => p.ProposedBy).HasMaxLength(StaffingPlan.ByMaxLength);
        builder.Property(p => p.ConfirmedBy).HasMaxLength(StaffingPlan.ByMaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<WerkstattAggregate>().WithOne().HasForeignKey<StaffingPlan>(p => p.WerkstattId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(p => p.Cells, c =>
        {
            c.ToTable("plan_cells");
            c.WithOwner().HasForeignKey("WerkstattId");
            c.Property<long>("Id").ValueGeneratedOnAdd();
            c.HasKey("Id");
            c.Property(x => x.ProcessId).HasConversion(VotingIdConverters.Process);
            c.Property(x => x.MemberId).HasConversion(IdConverters.Member);
            c.Property(x => x.Source).HasConversion<string>().HasMaxLength(20);
            c.Property(x => x.Reason).HasMaxLength(StaffingPlan.TextMaxLength);
            c.Property(x => x.Violations).HasMaxLength(StaffingPlan.TextMaxLength);
            c.HasOne<Process>().WithMany().HasForeignKey(x => x.ProcessId).OnDelete(DeleteBehavior.Restrict);
            c.HasIndex("WerkstattId", nameof(PlanCell.ProcessId), nameof(PlanCell.MemberId)).IsUnique();
        });
        builder.OwnsMany(p => p.Gaps, g =>
        {
            g.ToTable("plan_gaps");
            g.WithOwner().HasForeignKey("WerkstattId");
            g.Property<long>("Id").ValueGeneratedOnAdd();
            g.HasKey("Id");
            g.Property(x => x.ProcessId).HasConversion(VotingIdConverters.Process);
            g.Property(x => x.Reason).HasMaxLength(StaffingPlan.TextMaxLength);
        });
        builder.OwnsMany(p => p.Overrides, o =>
        {
            o.ToTable("plan_overrides");
            o.WithOwner().HasForeignKey("WerkstattId");
            o.Property<long>("Id").ValueGeneratedOnAdd();
            o.HasKey("Id");
            o.Property(x => x.ProcessId).HasConversion(VotingIdConverters.Process);
            o.Property(x => x.MemberId).HasConversion(IdConverters.Member);
            o.Property(x => x.Violations).HasMaxLength(StaffingPlan.TextMaxLength);
            o.Property(x => x.By).HasMaxLength(StaffingPlan.ByMaxLength);
        });
        builder.Navigation(p => p.Cells).HasField("_cells").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Gaps).HasField("_gaps").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Overrides).HasField("_overrides").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(p => p.IsConfirmed);
        builder.Ignore(p => p.Objective);
        builder.Ignore(p => p.DomainEvents);
    }
}
