using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Security;
using UserOps.Community.Identity.Domain;

namespace UserOps.Community.Identity.Persistence;

/// <summary>
/// ASP.NET Core Identity's tables (the mapping IdentityDbContext would make) under the identity schema,
/// so that the one CommunityDbContext can host them without deriving from IdentityDbContext.
/// </summary>
internal sealed class IdentityModel : IModuleModel
{
    public string Schema => "identity";

    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CommunityUser>(b =>
        {
            b.ToTable("users", Schema);
            b.HasKey(u => u.Id);
            b.Property(u => u.Id).ValueGeneratedNever();
            b.HasIndex(u => u.NormalizedUserName).IsUnique();
            b.HasIndex(u => u.NormalizedEmail).IsUnique();
            b.HasIndex(u => u.DisplayName);
            b.Property(u => u.ConcurrencyStamp).IsConcurrencyToken().HasMaxLength(64);
            b.Property(u => u.SecurityStamp).HasMaxLength(64);
            b.Property(u => u.UserName).HasMaxLength(256);
            b.Property(u => u.NormalizedUserName).HasMaxLength(256);
            b.Property(u => u.Email).HasMaxLength(256);
            b.Property(u => u.NormalizedEmail).HasMaxLength(256);
            b.Property(u => u.PhoneNumber).HasMaxLength(256);
            b.Property(u => u.PasswordHash).HasMaxLength(512);
            b.Property(u => u.DisplayName).HasMaxLength(ProfileRules.DisplayNameMax);
            b.Property(u => u.Bio).HasMaxLength(ProfileRules.BioMax);
            b.Property(u => u.AvatarUrl).HasMaxLength(ProfileRules.AvatarUrlMax);
            b.Property(u => u.TimeZone).HasMaxLength(ProfileRules.TimeZoneMax);
            b.Property(u => u.Locale).HasMaxLength(10);
            b.Property(u => u.Region).HasMaxLength(ProfileRules.RegionMax);
            b.Property(u => u.InviteCode).HasMaxLength(ProfileRules.InviteCodeMax);
            b.Property(u => u.BanReason).HasMaxLength(ProfileRules.BanReasonMax);
            b.PrimitiveCollection(u => u.Interests).HasMaxLength(1000);
            b.Ignore(u => u.IsProfileComplete);
            b.Ignore(u => u.PendingEvents);
            b.HasMany<IdentityUserClaim<Guid>>().WithOne().HasForeignKey(c => c.UserId).IsRequired();
            b.HasMany<IdentityUserLogin<Guid>>().WithOne().HasForeignKey(l => l.UserId).IsRequired();
            b.HasMany<IdentityUserToken<Guid>>().WithOne().HasForeignKey(t => t.UserId).IsRequired();
            b.HasMany<IdentityUserRole<Guid>>().WithOne().HasForeignKey(r => r.UserId).IsRequired();
        });

        modelBuilder.Entity<IdentityUserClaim<Guid>>(b =>
        {
            b.ToTable("user_claims", Schema);
            b.HasKey(c => c.Id);
        });

        modelBuilder.Entity<IdentityUserLogin<Guid>>(b =>
        {
            b.ToTable("user_logins", Schema);
            b.HasKey(l => new { l.LoginProvider, l.ProviderKey });
            b.Property(l => l.LoginProvider).HasMaxLength(128);
            b.Property(l => l.ProviderKey).HasMaxLength(128);
        });

        modelBuilder.Entity<IdentityUserToken<Guid>>(b =>
        {
            b.ToTable("user_tokens", Schema);
            b.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
            b.Property(t => t.LoginProvider).HasMaxLength(128);
            b.Property(t => t.Name).HasMaxLength(128);
        });

        modelBuilder.Entity<IdentityRole<Guid>>(b =>
        {
            b.ToTable("roles", Schema);
            b.HasKey(r => r.Id);
            b.HasIndex(r => r.NormalizedName).IsUnique();
            b.Property(r => r.ConcurrencyStamp).IsConcurrencyToken().HasMaxLength(64);
            b.Property(r => r.Name).HasMaxLength(256);
            b.Property(r => r.NormalizedName).HasMaxLength(256);
            b.HasMany<IdentityUserRole<Guid>>().WithOne().HasForeignKey(r => r.RoleId).IsRequired();
            b.HasMany<IdentityRoleClaim<Guid>>().WithOne().HasForeignKey(c => c.RoleId).IsRequired();
            b.HasData(SeededRoles.All);
        });

        modelBuilder.Entity<IdentityRoleClaim<Guid>>(b =>
        {
            b.ToTable("role_claims", Schema);
            b.HasKey(c => c.Id);
        });

        modelBuilder.Entity<IdentityUserRole<Guid>>(b =>
        {
            b.ToTable("user_roles", Schema);
            b.HasKey(r => new { r.UserId, r.RoleId });
        });
    }
}

/// <summary>The four roles exist in every database from the first migration on, with fixed ids.</summary>
internal static class SeededRoles
{
    public static readonly IdentityRole<Guid>[] All =
    [
        Role("0193a4b0-0000-7000-8000-000000000001", CommunityRoles.Member),
        Role("0193a4b0-0000-7000-8000-000000000002", CommunityRoles.Moderator),
        Role("0193a4b0-0000-7000-8000-000000000003", CommunityRoles.Operator),
        Role("0193a4b0-0000-7000-8000-000000000004", CommunityRoles.Admin),
    ];

    private static IdentityRole<Guid> Role(string id, string name) => new()
    {
        Id = Guid.Parse(id),
        Name = name,
        NormalizedName = name.ToUpperInvariant(),
        ConcurrencyStamp = id,
    };
}
