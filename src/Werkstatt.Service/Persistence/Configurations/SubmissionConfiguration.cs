using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Review;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> builder)
    {
        builder.ToTable("submissions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasConversion(ReviewIdConverters.Submission);
        builder.Property(s => s.WerkstattId).HasConversion(IdConverters.Werkstatt);
        builder.Property(s => s.ProcessId).HasConversion(VotingIdConverters.Process);
        builder.Property(s => s.MemberId).HasConversion(IdConverters.Member);
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.WerkstattId, s.ProcessId, s.MemberId }).IsUnique();
        builder.HasOne<WerkstattAggregate>().WithMany().HasForeignKey(s => s.WerkstattId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Process>().WithMany().HasForeignKey(s => s.ProcessId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(s => s.Versions, v =>
        {
            v.ToTable("submission_versions");
            v.WithOwner().HasForeignKey("SubmissionId");
            v.HasKey("SubmissionId", nameof(ModelVersion.Number));
            v.Property(x => x.Number).ValueGeneratedNever();
            v.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
            v.Property(x => x.FileName).HasMaxLength(Submission.FileNameMaxLength);
            v.Property(x => x.Sha256).HasMaxLength(64);
            v.Property(x => x.UploadedBy).HasMaxLength(Submission.ByMaxLength);
        });
        builder.OwnsMany(s => s.Profiles, p =>
        {
            p.ToTable("submission_profiles");
            p.WithOwner().HasForeignKey("SubmissionId");
            p.HasKey("SubmissionId", nameof(ProfileRevision.Number));
            p.Property(x => x.Number).ValueGeneratedNever();
            p.Property(x => x.SavedBy).HasMaxLength(Submission.ByMaxLength);
            p.OwnsOne(x => x.Profile, f =>
            {
                f.Property(x => x.Name).HasColumnName("Name").HasMaxLength(ProcessProfile.NameMaxLength);
                f.Property(x => x.LeikaKey).HasColumnName("LeikaKey").HasMaxLength(LeikaKey.Length);
                f.Property(x => x.Trigger).HasColumnName("Trigger").HasMaxLength(ProcessProfile.TextMaxLength);
                f.Property(x => x.Result).HasColumnName("Result").HasMaxLength(ProcessProfile.TextMaxLength);
                f.Property(x => x.Roles).HasColumnName("Roles").HasMaxLength(ProcessProfile.TextMaxLength);
                f.Property(x => x.ItSystems).HasColumnName("ItSystems").HasMaxLength(ProcessProfile.TextMaxLength);
                f.Property(x => x.CaseVolumePerYear).HasColumnName("CaseVolumePerYear");
                f.Property(x => x.ProcessingTime).HasColumnName("ProcessingTime").HasMaxLength(ProcessProfile.ShortMaxLength);
                f.Property(x => x.MediaBreaks).HasColumnName("MediaBreaks").HasMaxLength(ProcessProfile.TextMaxLength);
                f.Property(x => x.Digitisation).HasColumnName("Digitisation").HasConversion<string>().HasMaxLength(20);
                f.Property(x => x.LegalBasis).HasColumnName("LegalBasis").HasMaxLength(ProcessProfile.TextMaxLength);
                f.Property(x => x.Notes).HasColumnName("Notes").HasMaxLength(ProcessProfile.NotesMaxLength);
            });
            p.Navigation(x => x.Profile).IsRequired();
        });
        builder.OwnsMany(s => s.History, h =>
        {
            h.ToTable("submission_history");
            h.WithOwner().HasForeignKey("SubmissionId");
            h.HasKey("SubmissionId", nameof(ReviewStep.Number));
            h.Property(x => x.Number).ValueGeneratedNever();
            h.Property(x => x.From).HasConversion<string>().HasMaxLength(20);
            h.Property(x => x.To).HasConversion<string>().HasMaxLength(20);
            h.Property(x => x.By).HasMaxLength(Submission.ByMaxLength);
            h.Property(x => x.Note).HasMaxLength(Submission.NoteMaxLength);
        });
        builder.OwnsMany(s => s.Comments, c =>
        {
            c.ToTable("submission_comments");
            c.WithOwner().HasForeignKey("SubmissionId");
            c.Property<long>("Id").ValueGeneratedOnAdd();
            c.HasKey("Id");
            c.Property(x => x.Text).HasMaxLength(ReviewComment.TextMaxLength);
            c.Property(x => x.ElementId).HasMaxLength(ReviewComment.ElementIdMaxLength);
            c.Property(x => x.By).HasMaxLength(Submission.ByMaxLength);
        });
        builder.Navigation(s => s.Versions).HasField("_versions").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.Profiles).HasField("_profiles").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.Comments).HasField("_comments").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(s => s.Profile);
        builder.Ignore(s => s.OpenComments);
        builder.Ignore(s => s.DomainEvents);
    }
}
