using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Domain.Review;
using Werkstatt.Service.Submissions;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class SubmissionFileConfiguration : IEntityTypeConfiguration<SubmissionFile>
{
    public void Configure(EntityTypeBuilder<SubmissionFile> builder)
    {
        builder.ToTable("submission_files");
        builder.HasKey(f => new { f.SubmissionId, f.Number });
        builder.Property(f => f.SubmissionId).HasConversion(ReviewIdConverters.Submission);
        builder.Property(f => f.Content).IsRequired();
        builder.HasOne<Submission>().WithMany().HasForeignKey(f => f.SubmissionId).OnDelete(DeleteBehavior.Restrict);
    }
}
