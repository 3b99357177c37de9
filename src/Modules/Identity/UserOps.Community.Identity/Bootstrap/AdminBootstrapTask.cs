using Microsoft.Extensions.Options;
using UserOps.Community.BuildingBlocks.Security;
using UserOps.Community.BuildingBlocks.Seeding;

namespace UserOps.Community.Identity.Bootstrap;

/// <summary>The first admin comes from configuration (Bootstrap:AdminEmail / Bootstrap:AdminPassword).</summary>
internal sealed class AdminBootstrapTask(IOptions<BootstrapOptions> options, AccountProvisioner provisioner) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var (email, password) = (options.Value.AdminEmail, options.Value.AdminPassword);
        if (!string.IsNullOrWhiteSpace(email) && !string.IsNullOrEmpty(password))
        {
            await provisioner.EnsureAsync(email.Trim(), password, "Administrator", [CommunityRoles.Admin], cancellationToken);
        }
    }
}
