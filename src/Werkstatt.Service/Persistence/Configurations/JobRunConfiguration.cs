using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Service.Jobs;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.ToTable("job_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedOnAdd();
        builder.Property(r => r.JobName).HasMaxLength(JobRun.NameMaxLength).IsRequired();
        builder.Property(r => r.JobGroup).HasMaxLength(JobRun.NameMaxLength).IsRequired();
        builder.Property(r => r.Instance).HasMaxLength(JobRun.NameMaxLength).IsRequired();
        builder.Property(r => r.Outcome).HasMaxLength(JobRun.OutcomeMaxLength).IsRequired();
        builder.Property(r => r.Detail).HasMaxLength(JobRun.DetailMaxLength);
        builder.HasIndex(r => r.StartedAt);
        builder.HasIndex(r => r.WerkstattId);
    }
}
