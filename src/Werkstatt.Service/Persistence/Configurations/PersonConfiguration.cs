using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Persistence.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("people");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasConversion(IdConverters.Person);
        builder.Property(p => p.NetworkId).HasConversion(IdConverters.Network);
        builder.Property(p => p.MemberId).HasConversion(IdConverters.Member);
        builder.Property(p => p.Name).HasMaxLength(Person.NameMaxLength).IsRequired();
        builder.Property(p => p.Email).HasMaxLength(Person.EmailMaxLength).IsRequired();
        builder.Property(p => p.Function).HasMaxLength(Person.FunctionMaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Network>().WithMany().HasForeignKey(p => p.NetworkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.NetworkId, p.Email }).IsUnique();
        builder.Ignore(p => p.DomainEvents);
    }
}
