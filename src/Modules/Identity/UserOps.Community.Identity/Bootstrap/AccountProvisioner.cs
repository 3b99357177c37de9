using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using UserOps.Community.BuildingBlocks.Persistence;
using UserOps.Community.BuildingBlocks.Security;
using UserOps.Community.Identity.Domain;

namespace UserOps.Community.Identity.Bootstrap;

/// <summary>Creates an account with roles if it does not exist yet; used by the admin bootstrap, the verb and demo data.</summary>
internal sealed class AccountProvisioner(
    UserManager<CommunityUser> userManager,
    CommunityDbContext db,
    TimeProvider timeProvider,
    ILogger<AccountProvisioner> logger)
{
    public async Task<bool> EnsureAsync(
        string email, string password, string displayName, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        var existing = await userManager.FindByEmailAsync(email);
        if (existing is not null)
        {
            var missing = roles.Except(await userManager.GetRolesAsync(existing)).ToList();
            if (missing.Count > 0)
            {
                await userManager.AddToRolesAsync(existing, missing);
            }

            return false;
        }

        var user = CommunityUser.Register(email, displayName, "UTC", Locales.English, inviteCode: null, timeProvider.GetUtcNow().UtcDateTime);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await userManager.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }

        var withRoles = await userManager.AddToRolesAsync(user, roles.Append(CommunityRoles.Member).Distinct());
        if (!withRoles.Succeeded)
        {
            throw new InvalidOperationException($"Could not give {email} its roles: {withRoles}");
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Created account {Email} with roles {Roles}", email, string.Join(", ", roles));
        return true;
    }
}
