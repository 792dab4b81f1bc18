using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Service.Calendar.Feed;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class CalendarFeedTokenConfiguration : IEntityTypeConfiguration<CalendarFeedToken>
{
    public void Configure(EntityTypeBuilder<CalendarFeedToken> builder)
    {
        builder.ToTable("calendar_feed_tokens");
        builder.HasKey(t => t.PersonId);
        builder.Property(t => t.PersonId).ValueGeneratedNever();
        builder.Property(t => t.TokenHash).HasMaxLength(CalendarFeedToken.HashLength).IsRequired();
        builder.HasIndex(t => t.TokenHash).IsUnique();
    }
}
