using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Service.Jobs;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class JobReplanRequestConfiguration : IEntityTypeConfiguration<JobReplanRequest>
{
    public void Configure(EntityTypeBuilder<JobReplanRequest> builder)
    {
        builder.ToTable("job_replan_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedOnAdd();
    }
}
