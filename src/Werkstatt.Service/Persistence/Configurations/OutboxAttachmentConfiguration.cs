using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Service.Notifications;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class OutboxAttachmentConfiguration : IEntityTypeConfiguration<OutboxAttachment>
{
    public void Configure(EntityTypeBuilder<OutboxAttachment> builder)
    {
        builder.ToTable("outbox_attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Kind).HasMaxLength(OutboxAttachment.KindMaxLength).IsRequired();
        builder.Property(a => a.FileName).HasMaxLength(OutboxAttachment.FileNameMaxLength).IsRequired();
        builder.Property(a => a.ContentType).HasMaxLength(OutboxAttachment.ContentTypeMaxLength).IsRequired();

        // No navigation: the other outbox queries stay single-table; deleting a message deletes its references.
        builder.HasOne<OutboxMessage>().WithMany().HasForeignKey(a => a.OutboxMessageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.OutboxMessageId);
    }
}
