using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Werkstatt.Service.Accounts;

namespace Werkstatt.Service.Persistence.Configurations;

/// <summary>Finding the logins of a network's people (reminder recipients by role) must not scan every account.</summary>
internal sealed class AppUserPersonConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder) => builder.HasIndex(u => u.PersonId);
}
