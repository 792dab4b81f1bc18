using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Service.Jobs;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class ReminderSettingsConfiguration : IEntityTypeConfiguration<ReminderSettings>
{
    public void Configure(EntityTypeBuilder<ReminderSettings> builder)
    {
        builder.ToTable("reminder_settings");
        builder.HasKey(s => s.NetworkId);
        builder.Property(s => s.NetworkId).ValueGeneratedNever();
        builder.Property(s => s.VotingDays).HasMaxLength(ReminderSettings.ListMaxLength).IsRequired();
        builder.Property(s => s.ModellingDays).HasMaxLength(ReminderSettings.ListMaxLength).IsRequired();
        builder.Property(s => s.ReviewDays).HasMaxLength(ReminderSettings.ListMaxLength).IsRequired();
        builder.Property(s => s.WorkshopDays).HasMaxLength(ReminderSettings.ListMaxLength).IsRequired();
        builder.Property(s => s.FollowUpDays).HasMaxLength(ReminderSettings.ListMaxLength).IsRequired();
    }
}
