using Microsoft.Extensions.Logging;
using UserOps.Community.BuildingBlocks.Security;
using UserOps.Community.BuildingBlocks.Seeding;
using UserOps.Community.Identity.Bootstrap;

namespace UserOps.Community.Identity.Demo;

internal sealed class IdentityDemoSeeder(AccountProvisioner provisioner, ILogger<IdentityDemoSeeder> logger) : IDemoSeeder
{
    public const string Password = "Community!2026";

    public static readonly IReadOnlyList<(string Email, string Name, string[] Roles)> Accounts =
    [
        ("alice@demo.local", "Alice", []),
        ("bob@demo.local", "Bob", []),
        ("lihua@demo.local", "李华", []),
        ("mod@demo.local", "Morgan (moderator)", [CommunityRoles.Moderator]),
        ("operator@demo.local", "Olivia (operator)", [CommunityRoles.Operator]),
        ("admin@demo.local", "Ada (admin)", [CommunityRoles.Admin]),
    ];

    public int Order => 0;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var (email, name, roles) in Accounts)
        {
            await provisioner.EnsureAsync(email, Password, name, roles, cancellationToken);
        }

        logger.LogInformation(
            "Demo accounts (password {Password}): {Accounts}",
            Password,
            string.Join(", ", Accounts.Select(a => a.Roles.Length == 0 ? a.Email : $"{a.Email} [{string.Join('/', a.Roles)}]")));
    }
}
